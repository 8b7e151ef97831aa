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
//	init is nil (start from +0) or one row of n starting values
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
	// B is cut into panels of gemmPanelCols columns, each copied (when B is
	// wider than one panel) into a contiguous k×w block, so the kernels stream
	// it sequentially instead of striding by n (a power of two in most models,
	// which maps every row to the same few cache sets). Jobs are a panel by a
	// block of gemmBlockRows rows; workers take them in any order, which is
	// fine because outputs are independent.
	panels := (n + gemmPanelCols - 1) / gemmPanelCols
	blocks := (m + gemmBlockRows - 1) / gemmBlockRows
	jobs := panels * blocks
	var packed []float32
	if panels > 1 {
		buf := packPool.Get().(*[]float32)
		defer packPool.Put(buf)
		if cap(*buf) < k*n {
			*buf = make([]float32, k*n)
		}
		packed = (*buf)[:k*n]
		parallelRange(panels, max(1, (1<<15)/max(k*gemmPanelCols, 1)), func(p0, p1 int) {
			for pi := p0; pi < p1; pi++ {
				j0 := pi * gemmPanelCols
				w := min(gemmPanelCols, n-j0)
				dst := packed[j0*k : j0*k+k*w]
				for p := 0; p < k; p++ {
					copy(dst[p*w:p*w+w], b[p*n+j0:p*n+j0+w])
				}
			}
		})
	}
	run := func(job int) {
		pi, bi := job%panels, job/panels
		j0, i0 := pi*gemmPanelCols, bi*gemmBlockRows
		w := min(gemmPanelCols, n-j0)
		bp, ldb := b, n
		if packed != nil {
			bp, ldb = packed[j0*k:j0*k+k*w], w
		}
		var in []float32
		if init != nil {
			in = init[j0 : j0+w]
		}
		gemmTile(c[j0:], n, a, ars, acs, bp, ldb, k, in, i0, min(i0+gemmBlockRows, m), w)
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

var packPool = sync.Pool{New: func() any { return new([]float32) }}

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

// gemmTile computes the outputs c[i*ldc + j] for rows i in [i0,i1) and
// columns j in [0,w) of one panel, with B(p,j) = b[p*ldb + j] and A(i,p) =
// a[i*ars + p*acs]. It is the scalar reference; gemm_simd_amd64.go replaces
// it with a vector kernel when the build and the CPU allow, and a test checks
// both give the same bits.
var gemmTile = gemmTileScalar

// gemmTileScalar is the reference implementation of the canonical order,
// blocked 2×4 so the eight running sums stay in registers on amd64 and arm64.
func gemmTileScalar(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i0, i1, w int) {
	i := i0
	for ; i+2 <= i1; i += 2 {
		j := 0
		for ; j+4 <= w; j += 4 {
			var s00, s01, s02, s03, s10, s11, s12, s13 float32
			if init != nil {
				v := init[j : j+4 : j+4]
				s00, s01, s02, s03 = v[0], v[1], v[2], v[3]
				s10, s11, s12, s13 = v[0], v[1], v[2], v[3]
			}
			a0, a1 := i*ars, (i+1)*ars
			for p := 0; p < k; p++ {
				bv := b[p*ldb+j : p*ldb+j+4 : p*ldb+j+4]
				x, y := a[a0], a[a1]
				a0 += acs
				a1 += acs
				s00 = s00 + float32(x*bv[0])
				s01 = s01 + float32(x*bv[1])
				s02 = s02 + float32(x*bv[2])
				s03 = s03 + float32(x*bv[3])
				s10 = s10 + float32(y*bv[0])
				s11 = s11 + float32(y*bv[1])
				s12 = s12 + float32(y*bv[2])
				s13 = s13 + float32(y*bv[3])
			}
			v := c[i*ldc+j : i*ldc+j+4 : i*ldc+j+4]
			v[0], v[1], v[2], v[3] = s00, s01, s02, s03
			v = c[(i+1)*ldc+j : (i+1)*ldc+j+4 : (i+1)*ldc+j+4]
			v[0], v[1], v[2], v[3] = s10, s11, s12, s13
		}
		if j < w {
			gemmTileScalar1(c, ldc, a, ars, acs, b, ldb, k, init, i, i+2, j, w)
		}
	}
	if i < i1 {
		gemmTileScalar1(c, ldc, a, ars, acs, b, ldb, k, init, i, i1, 0, w)
	}
}

// gemmTileScalar1 is the canonical order one output at a time, for the edges.
func gemmTileScalar1(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i0, i1, j0, j1 int) {
	for i := i0; i < i1; i++ {
		for j := j0; j < j1; j++ {
			var s float32
			if init != nil {
				s = init[j]
			}
			ai := i * ars
			for p := 0; p < k; p++ {
				s = s + float32(a[ai]*b[p*ldb+j])
				ai += acs
			}
			c[i*ldc+j] = s
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
