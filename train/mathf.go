package train

import "math"

// The project's own exp and log. The standard library's math.Exp and math.Log
// use per-architecture assembly (and on amd64 a CPU-dependent FMA path), so
// their last bit is not the same everywhere. These are plain float64
// arithmetic: range reduction, a fixed polynomial, each multiply-add written
// as float64(x*y) + z so the compiler cannot fuse it into an FMA (the Go spec:
// an explicit conversion rounds and prevents fusion). IEEE-754 rounds every
// single operation identically on every platform, so the result is the same
// bits on amd64 (any GOAMD64 level) and arm64.
//
// Accuracy is a few ulp of float64, far more than the float32 training path
// needs; what matters for the protocol is that it is exactly reproducible.

const (
	ln2Hi  = 6.93147180369123816490e-01 // ln 2 with its low 21 mantissa bits zero: n*ln2Hi is exact for |n| < 2^21
	ln2Lo  = 1.90821492927058770002e-10 // ln 2 - ln2Hi
	log2e  = 1.44269504088896338700e+00
	expMax = 709.0  // above: +Inf (exp(709.78) overflows float64)
	expMin = -708.0 // below: 0 (we never produce float64 subnormals)
)

// expTaylor[i] = 1/i!, i = 0..13: the Taylor series of exp on |r| <= ln2/2,
// truncation error below 2^-60 relative.
var expTaylor = [...]float64{
	1, 1, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320,
	1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800,
}

// canonExp returns e^x. NaN gives NaN, x > 709 gives +Inf, x < -708 gives 0.
func canonExp(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > expMax:
		return math.Inf(1)
	case x < expMin:
		return 0
	}
	// n = round-half-up(x / ln 2); math.Floor is exact (no rounding involved).
	n := math.Floor(float64(x*log2e) + 0.5)
	r := x - float64(n*ln2Hi) // n*ln2Hi is exact, see ln2Hi
	r = r - float64(n*ln2Lo)
	// Horner, highest degree first: p = ((c13*r + c12)*r + c11)... + c0.
	p := expTaylor[len(expTaylor)-1]
	for i := len(expTaylor) - 2; i >= 0; i-- {
		p = float64(p*r) + expTaylor[i]
	}
	// Scale by 2^n, built from its bits: exact, n is in [-1022, 1023] here.
	// The conversion keeps an inlined caller from fusing this product into an FMA.
	return float64(p * math.Float64frombits(uint64(int64(n)+1023)<<52))
}

// canonLog returns the natural logarithm of x: -Inf for 0, NaN for x < 0 or NaN.
func canonLog(x float64) float64 {
	switch {
	case x != x || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	}
	// x = m * 2^e with m in [sqrt(1/2), sqrt(2)), read from the bits.
	e := 0
	if x < 0x1p-1022 { // subnormal: scale up exactly first
		x *= 0x1p54
		e = -54
	}
	bits := math.Float64bits(x)
	e += int(bits>>52) - 1023
	m := math.Float64frombits(bits&(1<<52-1) | 1023<<52) // in [1, 2)
	if m >= math.Sqrt2 {
		m *= 0.5 // exact
		e++
	}
	// log m = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716:
	// 2s + 2s*z*(1/3 + z/5 + z^2/7 + ... + z^9/21), z = s^2, error < 2^-60.
	f := m - 1
	s := f / (2 + f)
	z := float64(s * s)
	q := 1.0 / 21
	for d := 19.0; d >= 3; d -= 2 {
		q = float64(q*z) + 1/d
	}
	s2 := s + s
	logm := s2 + float64(float64(s2*z)*q)
	fe := float64(e)
	return float64(float64(fe*ln2Hi) + (logm + float64(fe*ln2Lo)))
}
