package train

// The element-wise and small kernels of the step. Each one's order is written
// next to it; all are sequential or parallel only across independent outputs,
// and every multiply-add is explicitly rounded (see gemm for why).

// transpose writes dst[j*rows+i] = src[i*cols+j]: dst is src^T, cols×rows.
// Pure data movement, no arithmetic; blocked for the cache and split across
// goroutines by bands of source rows.
func transpose(dst, src []float32, rows, cols int) {
	const blk = 16
	bands := (rows + blk - 1) / blk
	parallelRange(bands, 4, func(b0, b1 int) {
		for i0 := b0 * blk; i0 < min(b1*blk, rows); i0 += blk {
			i1 := min(i0+blk, rows)
			for j0 := 0; j0 < cols; j0 += blk {
				j1 := min(j0+blk, cols)
				for j := j0; j < j1; j++ {
					d := dst[j*rows : j*rows+rows]
					for i := i0; i < i1; i++ {
						d[i] = src[i*cols+j]
					}
				}
			}
		}
	})
}

// reluInPlace sets every negative element (and -0) to +0. NaN stays NaN.
func reluInPlace(x []float32) {
	for i, v := range x {
		if v <= 0 {
			x[i] = 0
		}
	}
}

// reluBackward zeroes dx where the ReLU output h is not positive: the
// derivative of max(0, z) is taken as 0 at z = 0.
func reluBackward(dx, h []float32) {
	h = h[:len(dx)]
	for i, v := range h {
		if !(v > 0) {
			dx[i] = 0
		}
	}
}

// biasGrad sets db[j] = sum over rows i of dz[i,j], i ascending from +0,
// each addition rounded to float32.
func biasGrad(db, dz []float32, rows, cols int) {
	clear(db[:cols])
	for i := 0; i < rows; i++ {
		row := dz[i*cols : i*cols+cols]
		for j, v := range row {
			db[j] = db[j] + v
		}
	}
}

// softmaxXent computes, for each row i of logits z (rows×classes) with label
// y[i], the softmax cross-entropy loss and (when dz is not nil) its gradient
// with respect to z for the batch mean:
//
//	mx     = max_c z[i,c]                      (first maximum)
//	e_c    = canonExp(float64(z[i,c] - mx))    (z - mx rounded in float32; exact when no overflow)
//	sum    = ((e_0 + e_1) + e_2) + ...         (float64, c ascending)
//	loss_i = canonLog(sum) - float64(z[i,y] - mx)
//	dz[i,c]= float32((e_c/sum - [c == y]) / rows)   (float64, then rounded once)
//
// It returns the sum of loss_i over the rows (float64, i ascending) and the
// number of rows whose first maximum is the label.
func softmaxXent(dz, z []float32, y []uint8, rows, classes int) (lossSum float64, correct int) {
	e := make([]float64, classes)
	for i := 0; i < rows; i++ {
		row := z[i*classes : i*classes+classes]
		arg := 0
		for c := 1; c < classes; c++ {
			if row[c] > row[arg] {
				arg = c
			}
		}
		mx := row[arg]
		label := int(y[i])
		if arg == label {
			correct++
		}
		sum := 0.0
		for c, v := range row {
			e[c] = canonExp(float64(v - mx))
			sum += e[c]
		}
		lossSum += canonLog(sum) - float64(row[label]-mx)
		if dz == nil {
			continue
		}
		out := dz[i*classes : i*classes+classes]
		for c := range out {
			g := e[c] / sum
			if c == label {
				g -= 1
			}
			out[c] = float32(g / float64(rows))
		}
	}
	return lossSum, correct
}

// sgdUpdate applies one SGD step to w with gradient g:
//
//	momentum == 0:  w = w - float32(lr*g)
//	momentum  > 0:  v = float32(momentum*v) + g;  w = w - float32(lr*v)
//
// the PyTorch formulation (no dampening, no Nesterov), every product rounded.
// Each element is independent, so chunks run in parallel (and in SIMD lanes).
func sgdUpdate(w, g, v []float32, lr, momentum float32) {
	g = g[:len(w)]
	if momentum != 0 {
		v = v[:len(w)]
	}
	parallelRange(len(w), 1<<14, func(lo, hi int) {
		if momentum == 0 {
			sgdChunk(w[lo:hi], g[lo:hi], nil, lr, 0)
		} else {
			sgdChunk(w[lo:hi], g[lo:hi], v[lo:hi], lr, momentum)
		}
	})
}

// sgdChunk is the element-wise update; gemm_simd_amd64.go may replace it with
// a vector version that performs the same roundings.
var sgdChunk = sgdChunkScalar

func sgdChunkScalar(w, g, v []float32, lr, momentum float32) {
	g = g[:len(w)]
	if momentum == 0 {
		for i := range w {
			w[i] = w[i] - float32(lr*g[i])
		}
		return
	}
	v = v[:len(w)]
	for i := range w {
		vi := float32(momentum*v[i]) + g[i]
		v[i] = vi
		w[i] = w[i] - float32(lr*vi)
	}
}
