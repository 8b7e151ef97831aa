//go:build !linux

package store

import "os"

// allocate sizes f to size bytes.
func allocate(f *os.File, size int64) error { return f.Truncate(size) }
