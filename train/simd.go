package train

// gemmKernels are the tile kernels this binary and CPU can run, by name; the
// tests check each against the scalar reference.
var gemmKernels = map[string]func(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i0, i1, w int){
	"scalar": gemmTileScalar,
}

// simdKernel names the vector gemm kernel in use ("" for the scalar
// reference); set by gemm_simd_amd64.go when it applies.
var simdKernel string

// Kernel reports which gemm implementation this binary uses: "scalar", or the
// name of a vector kernel (build with GOEXPERIMENT=simd on amd64 with
// AVX-512). All give the same bits; this is for logs and benchmarks.
func Kernel() string {
	if simdKernel == "" {
		return "scalar"
	}
	return simdKernel
}
