package train

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// gemm computes C = init + A·B, the one matrix product of the training step
// (forward, weight gradient and input gradient are all this call with
// different strides).
//
//	C is m×n, row-major, row stride n
//	B is k×n, row-major, row stride n
//	A(i,p) = a[i*ars + p*acs], so A may be a transposed view
//	init is nil (start from +0) or one row of n values (the bias)
//
// The canonical reduction order, for every output element:
//
//	s := init[j]                 // or float32(0)
//	for p := 0; p < k; p++ {     // p strictly ascending
//		s = s + float32(A(i,p) * B(p,j))  // product rounded to float32, then the sum
//	}
//	c[i*n+j] = s
//
// Every product and every sum is rounded to float32 on its own: the explicit
// conversion forbids the compiler from fusing them into an FMA (which it does
// on arm64 and on amd64 with GOAMD64=v3), and IEEE-754 rounds each single
// operation the same way on every machine. Tiling, goroutines and SIMD lanes
// only choose which outputs are computed together; none of them changes how
// one output is reduced, so the bits never depend on GOMAXPROCS, the CPU or
// the build. Vector kernels work across output columns (lane l holds c[i,j+l])
// and keep p sequential, which is exactly this order.
func gemm(c, a, b []float32, m, n, k, ars, acs int, init []float32) {
	if m == 0 || n == 0 {
		return
	}
	checkGemm(c, a, b, m, n, k, ars, acs, init)
	// Jobs are panels of gemmPanelCols columns by gemmBlockRows rows; workers
	// take them in any order, which is fine because outputs are independent.
	panels := (n + gemmPanelCols - 1) / gemmPanelCols
	blocks := (m + gemmBlockRows - 1) / gemmBlockRows
	jobs := panels * blocks
	run := func(job int) {
		pi, bi := job%panels, job/panels
		j0, i0 := pi*gemmPanelCols, bi*gemmBlockRows
		gemmTile(c, a, b, n, k, ars, acs, init, i0, min(i0+gemmBlockRows, m), j0, min(j0+gemmPanelCols, n))
	}
	workers := min(runtime.GOMAXPROCS(0), jobs)
	if workers <= 1 || m*n*k < gemmParallelMin {
		for job := range jobs {
			run(job)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				job := int(next.Add(1)) - 1
				if job >= jobs {
					return
				}
				run(job)
			}
		})
	}
	wg.Wait()
}

const (
	gemmPanelCols   = 64
	gemmBlockRows   = 32
	gemmParallelMin = 1 << 15 // multiply-adds below which goroutines cost more than they save
)

func checkGemm(c, a, b []float32, m, n, k, ars, acs int, init []float32) {
	if len(c) < m*n || len(b) < k*n || (init != nil && len(init) < n) ||
		(k > 0 && len(a) <= (m-1)*ars+(k-1)*acs) {
		panic("train: gemm operand too short")
	}
}

// gemmTile computes the outputs rows [i0,i1) × columns [j0,j1) of gemm. It is
// the scalar reference; gemm_simd_amd64.go replaces it with a vector kernel
// when the build and the CPU allow, and a test checks both give the same bits.
var gemmTile = gemmTileScalar

// gemmTileScalar is the reference implementation of the canonical order,
// blocked 1×8 so the eight running sums stay in registers.
func gemmTileScalar(c, a, b []float32, n, k, ars, acs int, init []float32, i0, i1, j0, j1 int) {
	for i := i0; i < i1; i++ {
		crow := c[i*n : i*n+n]
		j := j0
		for ; j+8 <= j1; j += 8 {
			var s0, s1, s2, s3, s4, s5, s6, s7 float32
			if init != nil {
				v := init[j : j+8 : j+8]
				s0, s1, s2, s3, s4, s5, s6, s7 = v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
			}
			ai := i * ars
			for p := 0; p < k; p++ {
				av := a[ai]
				ai += acs
				bv := b[p*n+j : p*n+j+8 : p*n+j+8]
				s0 = s0 + float32(av*bv[0])
				s1 = s1 + float32(av*bv[1])
				s2 = s2 + float32(av*bv[2])
				s3 = s3 + float32(av*bv[3])
				s4 = s4 + float32(av*bv[4])
				s5 = s5 + float32(av*bv[5])
				s6 = s6 + float32(av*bv[6])
				s7 = s7 + float32(av*bv[7])
			}
			v := crow[j : j+8 : j+8]
			v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7] = s0, s1, s2, s3, s4, s5, s6, s7
		}
		for ; j < j1; j++ {
			var s float32
			if init != nil {
				s = init[j]
			}
			ai := i * ars
			for p := 0; p < k; p++ {
				s = s + float32(a[ai]*b[p*n+j])
				ai += acs
			}
			crow[j] = s
		}
	}
}

// parallelRange calls fn on contiguous sub-ranges covering [0, n), one per
// goroutine, with at least minChunk items each (a single call when n is
// small). Only for work whose items are independent: the result must not
// depend on how the range is split.
func parallelRange(n, minChunk int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/max(minChunk, 1))
	if workers <= 1 {
		if n > 0 {
			fn(0, n)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { fn(lo, hi) })
	}
	wg.Wait()
}
