package checkpoint

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/unstoppable-models/umnode/protocol"
)

// WriteFile encodes c and writes it to path atomically: a temporary file in
// the same directory, fsync, rename over path, fsync of the directory. A
// crash leaves either the old file or the new one, never a torn one. It
// returns the state hash of the bytes written.
func WriteFile(path string, c *Checkpoint) (protocol.Hash, error) {
	b, err := Encode(c)
	if err != nil {
		return protocol.Hash{}, fmt.Errorf("checkpoint: write %s: %w", path, err)
	}
	if err := writeAtomic(path, b); err != nil {
		return protocol.Hash{}, fmt.Errorf("checkpoint: write %s: %w", path, err)
	}
	return StateHash(b), nil
}

func writeAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(b); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil { // CreateTemp makes 0600
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	// Make the rename itself durable.
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// ReadFile reads and decodes the checkpoint at path within DefaultLimits and
// returns it with the state hash of the bytes read.
func ReadFile(path string) (*Checkpoint, protocol.Hash, error) {
	return DefaultLimits.ReadFile(path)
}

// ReadFile reads and decodes the checkpoint at path within l. It never reads
// more than l.MaxFileBytes+1 bytes, even if the file grows meanwhile.
func (l Limits) ReadFile(path string) (*Checkpoint, protocol.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, protocol.Hash{}, fmt.Errorf("checkpoint: read %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, protocol.Hash{}, fmt.Errorf("checkpoint: read %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, protocol.Hash{}, fmt.Errorf("checkpoint: read %s: not a regular file (%v)", path, fi.Mode().Type())
	}
	if fi.Size() > l.MaxFileBytes {
		return nil, protocol.Hash{}, fmt.Errorf("checkpoint: read %s: %w", path,
			fail(ErrOversized, "%d bytes, at most %d allowed", fi.Size(), l.MaxFileBytes))
	}
	b, err := io.ReadAll(io.LimitReader(f, l.MaxFileBytes+1))
	if err != nil {
		return nil, protocol.Hash{}, fmt.Errorf("checkpoint: read %s: %w", path, err)
	}
	h := StateHash(b)
	c, err := l.Decode(b)
	if err != nil {
		return nil, h, fmt.Errorf("checkpoint: read %s: %w", path, err)
	}
	return c, h, nil
}

// IsFormatError reports whether err is a Decode rejection (as opposed to an
// I/O error).
func IsFormatError(err error) bool {
	for _, s := range []error{ErrTruncated, ErrOversized, ErrMalformed, ErrDuplicate, ErrName, ErrDtype,
		ErrShape, ErrOffsets, ErrNonFinite, ErrMetadata, ErrNonCanonical} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
