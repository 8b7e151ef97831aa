//go:build goexperiment.simd && amd64

package train

import "simd/archsimd"

// The AVX-512 and AVX2 kernels, built only with GOEXPERIMENT=simd on amd64 and used only
// when the CPU has AVX-512 (else AVX2). Lane l of each accumulator holds one
// output c[i, j+l]; p runs sequentially and every step is a separate VMULPS
// then VADDPS (archsimd's Mul and Add are not fused: only an explicit MulAdd
// would be), so each lane performs exactly the scalar reference's sequence of
// roundings. TestGemm_SIMDMatchesScalar checks the bits.

func init() {
	if archsimd.X86.AVX2() {
		gemmKernels["avx2"] = gemmTileAVX2
		gemmTile, simdKernel = gemmTileAVX2, "avx2"
	}
	if archsimd.X86.AVX512() {
		gemmKernels["avx512"] = gemmTileAVX512
		gemmTile, simdKernel = gemmTileAVX512, "avx512"
		sgdChunk = sgdChunkAVX512
	}
}

func gemmTileAVX512(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i0, i1, w int) {
	j := 0
	for ; j+32 <= w; j += 32 {
		i := i0
		for ; i+4 <= i1; i += 4 {
			kern4x32(c, ldc, a, ars, acs, b, ldb, k, init, i, j)
		}
		for ; i < i1; i++ {
			kern1x16(c, ldc, a, ars, acs, b, ldb, k, init, i, j)
			kern1x16(c, ldc, a, ars, acs, b, ldb, k, init, i, j+16)
		}
	}
	for ; j+16 <= w; j += 16 {
		for i := i0; i < i1; i++ {
			kern1x16(c, ldc, a, ars, acs, b, ldb, k, init, i, j)
		}
	}
	if j < w {
		gemmTileScalar1(c, ldc, a, ars, acs, b, ldb, k, init, i0, i1, j, w)
	}
}

// kern4x32 computes c[i:i+4, j:j+32]: 8 accumulators, per p two loads of B,
// four broadcasts of A, eight multiplies and eight adds.
func kern4x32(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i, j int) {
	var c00, c01, c10, c11, c20, c21, c30, c31 archsimd.Float32x16
	if init != nil {
		c00 = archsimd.LoadFloat32x16Slice(init[j : j+16])
		c01 = archsimd.LoadFloat32x16Slice(init[j+16 : j+32])
		c10, c11, c20, c21, c30, c31 = c00, c01, c00, c01, c00, c01
	}
	a0 := a[i*ars:]
	a1 := a[(i+1)*ars:]
	a2 := a[(i+2)*ars:]
	a3 := a[(i+3)*ars:]
	off := 0
	for p := 0; p < k; p++ {
		bo := p*ldb + j
		b0 := archsimd.LoadFloat32x16Slice(b[bo : bo+16])
		b1 := archsimd.LoadFloat32x16Slice(b[bo+16 : bo+32])
		x := archsimd.BroadcastFloat32x16(a0[off])
		c00 = c00.Add(x.Mul(b0))
		c01 = c01.Add(x.Mul(b1))
		x = archsimd.BroadcastFloat32x16(a1[off])
		c10 = c10.Add(x.Mul(b0))
		c11 = c11.Add(x.Mul(b1))
		x = archsimd.BroadcastFloat32x16(a2[off])
		c20 = c20.Add(x.Mul(b0))
		c21 = c21.Add(x.Mul(b1))
		x = archsimd.BroadcastFloat32x16(a3[off])
		c30 = c30.Add(x.Mul(b0))
		c31 = c31.Add(x.Mul(b1))
		off += acs
	}
	r := i*ldc + j
	c00.StoreSlice(c[r : r+16])
	c01.StoreSlice(c[r+16 : r+32])
	r += ldc
	c10.StoreSlice(c[r : r+16])
	c11.StoreSlice(c[r+16 : r+32])
	r += ldc
	c20.StoreSlice(c[r : r+16])
	c21.StoreSlice(c[r+16 : r+32])
	r += ldc
	c30.StoreSlice(c[r : r+16])
	c31.StoreSlice(c[r+16 : r+32])
}

// kern1x16 computes c[i, j:j+16].
func kern1x16(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i, j int) {
	var acc archsimd.Float32x16
	if init != nil {
		acc = archsimd.LoadFloat32x16Slice(init[j : j+16])
	}
	off := i * ars
	for p := 0; p < k; p++ {
		bo := p*ldb + j
		x := archsimd.BroadcastFloat32x16(a[off])
		acc = acc.Add(x.Mul(archsimd.LoadFloat32x16Slice(b[bo : bo+16])))
		off += acs
	}
	acc.StoreSlice(c[i*ldc+j : i*ldc+j+16])
}

// sgdChunkAVX512 is sgdChunkScalar 16 lanes at a time: Mul then Add (or Sub),
// never fused, so each lane rounds exactly as the scalar code; the tail is
// scalar.
func sgdChunkAVX512(w, g, v []float32, lr, momentum float32) {
	n := len(w) &^ 15
	g = g[:len(w)]
	vlr := archsimd.BroadcastFloat32x16(lr)
	if momentum == 0 {
		for i := 0; i < n; i += 16 {
			wi := archsimd.LoadFloat32x16Slice(w[i : i+16])
			gi := archsimd.LoadFloat32x16Slice(g[i : i+16])
			wi.Sub(vlr.Mul(gi)).StoreSlice(w[i : i+16])
		}
		sgdChunkScalar(w[n:], g[n:], nil, lr, 0)
		return
	}
	v = v[:len(w)]
	vmom := archsimd.BroadcastFloat32x16(momentum)
	for i := 0; i < n; i += 16 {
		vi := vmom.Mul(archsimd.LoadFloat32x16Slice(v[i : i+16])).Add(archsimd.LoadFloat32x16Slice(g[i : i+16]))
		vi.StoreSlice(v[i : i+16])
		archsimd.LoadFloat32x16Slice(w[i : i+16]).Sub(vlr.Mul(vi)).StoreSlice(w[i : i+16])
	}
	sgdChunkScalar(w[n:], g[n:], v[n:], lr, momentum)
}

// gemmTileAVX2 is gemmTileAVX512 with 8-lane vectors, for CPUs without AVX-512.
func gemmTileAVX2(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i0, i1, w int) {
	j := 0
	for ; j+16 <= w; j += 16 {
		i := i0
		for ; i+4 <= i1; i += 4 {
			kern4x16(c, ldc, a, ars, acs, b, ldb, k, init, i, j)
		}
		for ; i < i1; i++ {
			kern1x8(c, ldc, a, ars, acs, b, ldb, k, init, i, j)
			kern1x8(c, ldc, a, ars, acs, b, ldb, k, init, i, j+8)
		}
	}
	for ; j+8 <= w; j += 8 {
		for i := i0; i < i1; i++ {
			kern1x8(c, ldc, a, ars, acs, b, ldb, k, init, i, j)
		}
	}
	if j < w {
		gemmTileScalar1(c, ldc, a, ars, acs, b, ldb, k, init, i0, i1, j, w)
	}
}

// kern4x16 computes c[i:i+4, j:j+16] with eight 8-lane accumulators.
func kern4x16(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i, j int) {
	var c00, c01, c10, c11, c20, c21, c30, c31 archsimd.Float32x8
	if init != nil {
		c00 = archsimd.LoadFloat32x8Slice(init[j : j+8])
		c01 = archsimd.LoadFloat32x8Slice(init[j+8 : j+16])
		c10, c11, c20, c21, c30, c31 = c00, c01, c00, c01, c00, c01
	}
	a0 := a[i*ars:]
	a1 := a[(i+1)*ars:]
	a2 := a[(i+2)*ars:]
	a3 := a[(i+3)*ars:]
	off := 0
	for p := 0; p < k; p++ {
		bo := p*ldb + j
		b0 := archsimd.LoadFloat32x8Slice(b[bo : bo+8])
		b1 := archsimd.LoadFloat32x8Slice(b[bo+8 : bo+16])
		x := archsimd.BroadcastFloat32x8(a0[off])
		c00 = c00.Add(x.Mul(b0))
		c01 = c01.Add(x.Mul(b1))
		x = archsimd.BroadcastFloat32x8(a1[off])
		c10 = c10.Add(x.Mul(b0))
		c11 = c11.Add(x.Mul(b1))
		x = archsimd.BroadcastFloat32x8(a2[off])
		c20 = c20.Add(x.Mul(b0))
		c21 = c21.Add(x.Mul(b1))
		x = archsimd.BroadcastFloat32x8(a3[off])
		c30 = c30.Add(x.Mul(b0))
		c31 = c31.Add(x.Mul(b1))
		off += acs
	}
	r := i*ldc + j
	c00.StoreSlice(c[r : r+8])
	c01.StoreSlice(c[r+8 : r+16])
	r += ldc
	c10.StoreSlice(c[r : r+8])
	c11.StoreSlice(c[r+8 : r+16])
	r += ldc
	c20.StoreSlice(c[r : r+8])
	c21.StoreSlice(c[r+8 : r+16])
	r += ldc
	c30.StoreSlice(c[r : r+8])
	c31.StoreSlice(c[r+8 : r+16])
}

// kern1x8 computes c[i, j:j+8].
func kern1x8(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, init []float32, i, j int) {
	var acc archsimd.Float32x8
	if init != nil {
		acc = archsimd.LoadFloat32x8Slice(init[j : j+8])
	}
	off := i * ars
	for p := 0; p < k; p++ {
		bo := p*ldb + j
		x := archsimd.BroadcastFloat32x8(a[off])
		acc = acc.Add(x.Mul(archsimd.LoadFloat32x8Slice(b[bo : bo+8])))
		off += acs
	}
	acc.StoreSlice(c[i*ldc+j : i*ldc+j+8])
}
