package store

import (
	"errors"
	"os"
	"syscall"
)

// allocate sizes f to size bytes and reserves its blocks up front: pwrite
// into preallocated extents costs the kernel about half as much as into a
// sparse file, where every 1 MiB leaf allocates blocks as it is written.
// File systems without fallocate get a sparse file.
func allocate(f *os.File, size int64) error {
	if size > 0 {
		err := syscall.Fallocate(int(f.Fd()), 0, 0, size)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EOPNOTSUPP) && !errors.Is(err, syscall.ENOSYS) {
			return err
		}
	}
	return f.Truncate(size)
}
