package dataset_test

import (
	"crypto/sha256"
	"testing"

	"github.com/unstoppable-models/umnode/train/dataset"
)

// BenchmarkLoadMNIST reads and decodes all four MNIST files.
func BenchmarkLoadMNIST(b *testing.B) {
	loadMNIST(b) // resolve and warm the page cache
	dir := mustDir(b)
	for b.Loop() {
		if _, _, err := dataset.LoadMNIST(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkContentHash hashes the MNIST training set. The baseline is plain
// sha256 over a buffer of the same size (Len()*(1+4*Features) bytes).
func BenchmarkContentHash(b *testing.B) {
	train, _ := loadMNIST(b)
	size := int64(train.Len() * (1 + 4*train.Features))
	b.Run("sha256-baseline", func(b *testing.B) {
		buf := make([]byte, size)
		b.SetBytes(size)
		for b.Loop() {
			sha256.Sum256(buf)
		}
	})
	b.Run("mnist-train", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			train.ContentHash()
		}
	})
}
