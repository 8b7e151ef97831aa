package store

import (
	"os"
	"syscall"
	"time"
)

// stampOf returns what identifies the state of an open file's contents:
// device, inode, size and inode change time (which every write, truncate
// and link changes, and which no user can set).
func stampOf(fh *os.File) (fileStamp, bool) {
	info, err := fh.Stat()
	if err != nil {
		return fileStamp{}, false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStamp{}, false
	}
	return fileStamp{dev: uint64(st.Dev), ino: st.Ino, size: st.Size, ctime: time.Unix(st.Ctim.Sec, st.Ctim.Nsec).UnixNano()}, true
}
