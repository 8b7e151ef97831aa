package train

import (
	"slices"

	"gorgonia.org/tensor"
)

// Test-only access to the kernels.

var (
	Gemm      = gemm
	CanonExp  = canonExp
	CanonLog  = canonLog
	Transpose = transpose
)

// GemmScalar is gemm with the scalar reference tile kernel, whatever the build.
func GemmScalar(c, a, b []float32, m, n, k, ars, acs int, init []float32) {
	GemmWith("scalar", c, a, b, m, n, k, ars, acs, init)
}

// GemmKernels lists the tile kernels available in this build on this CPU.
func GemmKernels() []string {
	var names []string
	for name := range gemmKernels {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// GemmWith is gemm with the named tile kernel. Not safe for concurrent use.
func GemmWith(kernel string, c, a, b []float32, m, n, k, ars, acs int, init []float32) {
	saved := gemmTile
	gemmTile = gemmKernels[kernel]
	defer func() { gemmTile = saved }()
	gemm(c, a, b, m, n, k, ars, acs, init)
}

// Gradients computes the loss and gradients of the batch of s.Step without
// updating s: for each layer the weight then the bias gradient.
func (t *Trainer) Gradients(s *State) (loss float64, grads [][]float32) {
	loss = t.gradients(s)
	for l := range s.Weights {
		grads = append(grads, slices.Clone(t.ws.gw[l]), slices.Clone(t.ws.gb[l]))
	}
	return loss, grads
}

// UseGonum makes t compute its matrix products with gorgonia.org/tensor's
// MatMul (gonum's Sgemm): the non-canonical baseline of BenchmarkStep.
func (t *Trainer) UseGonum() { t.prod = gonumProducts{} }

type gonumProducts struct{}

func mat(s []float32, r, c int) *tensor.Dense {
	return tensor.New(tensor.WithShape(r, c), tensor.WithBacking(s[:r*c]))
}

func (gonumProducts) forward(z, h, w, bias, _ []float32, rows, in, out int) {
	W := mat(w, out, in)
	if err := W.T(); err != nil {
		panic(err)
	}
	if _, err := tensor.MatMul(mat(h, rows, in), W, tensor.WithReuse(mat(z, rows, out))); err != nil {
		panic(err)
	}
	for i := 0; i < rows; i++ {
		row := z[i*out : i*out+out]
		for j := range row {
			row[j] += bias[j]
		}
	}
}

func (gonumProducts) gradW(gw, dz, h []float32, rows, in, out int) {
	DZ := mat(dz, rows, out)
	if err := DZ.T(); err != nil {
		panic(err)
	}
	if _, err := tensor.MatMul(DZ, mat(h, rows, in), tensor.WithReuse(mat(gw, out, in))); err != nil {
		panic(err)
	}
}

func (gonumProducts) gradX(dh, dz, w []float32, rows, in, out int) {
	if _, err := tensor.MatMul(mat(dz, rows, out), mat(w, out, in), tensor.WithReuse(mat(dh, rows, in))); err != nil {
		panic(err)
	}
}

// ForceKernel makes every gemm use the named tile kernel; it reports false
// when that kernel is not available in this build on this CPU.
func ForceKernel(name string) bool {
	f, ok := gemmKernels[name]
	if !ok {
		return false
	}
	gemmTile = f
	simdKernel = name
	if name == "scalar" {
		simdKernel = ""
	}
	return true
}
