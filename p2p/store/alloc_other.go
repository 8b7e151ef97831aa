//go:build !linux

package store

import "os"

// allocate is a no-op here: the file stays sparse until written.
func allocate(*os.File, int64, int64) error { return nil }
