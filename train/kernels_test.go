package train_test

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/unstoppable-models/umnode/train"
)

// referenceGemm is the definition of the canonical order, written as plainly
// as possible: every implementation must match it bit for bit.
func referenceGemm(c, a, b []float32, m, n, k, ars, acs int, init []float32) {
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float32
			if init != nil {
				s = init[j]
			}
			for p := 0; p < k; p++ {
				s = s + float32(a[i*ars+p*acs]*b[p*n+j])
			}
			c[i*n+j] = s
		}
	}
}

func randSlice(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		// Wide exponent range, both signs, some exact zeros: rounding differences show.
		s[i] = float32(r.NormFloat64() * math.Pow(2, float64(r.IntN(16)-8)))
		if r.IntN(17) == 0 {
			s[i] = 0
		}
	}
	return s
}

type gemmCase struct {
	name              string
	m, n, k           int
	transposedA, bias bool
}

var gemmCases = []gemmCase{
	{"tiny", 1, 1, 1, false, false},
	{"forward-default", 32, 128, 784, false, true},
	{"gradW-default", 128, 784, 32, true, false},
	{"gradX-default", 32, 128, 10, false, false},
	{"output-layer", 32, 10, 128, false, true},
	{"odd", 37, 53, 29, true, true},
	{"edges", 7, 81, 5, false, true},
	{"k-zero", 3, 40, 0, false, true},
	{"wide", 5, 300, 64, true, false},
}

func runGemmCase(t *testing.T, tc gemmCase, impl func(c, a, b []float32, m, n, k, ars, acs int, init []float32)) {
	t.Helper()
	r := rand.New(rand.NewPCG(uint64(tc.m), uint64(tc.n*1000+tc.k)))
	a := randSlice(r, tc.m*tc.k+1)
	b := randSlice(r, tc.k*tc.n)
	var init []float32
	if tc.bias {
		init = randSlice(r, tc.n)
	}
	ars, acs := tc.k, 1
	if tc.transposedA {
		ars, acs = 1, tc.m
	}
	want := make([]float32, tc.m*tc.n)
	referenceGemm(want, a, b, tc.m, tc.n, tc.k, ars, acs, init)
	got := make([]float32, tc.m*tc.n)
	for i := range got {
		got[i] = float32(math.NaN()) // every output must be written
	}
	impl(got, a, b, tc.m, tc.n, tc.k, ars, acs, init)
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("c[%d,%d] = %v (%#x), want %v (%#x)", i/tc.n, i%tc.n, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
		}
	}
}

func TestGemm_MatchesCanonicalOrder(t *testing.T) {
	for _, procs := range []int{1, 4} {
		old := runtime.GOMAXPROCS(procs)
		for _, tc := range gemmCases {
			t.Run(tc.name, func(t *testing.T) { runGemmCase(t, tc, train.Gemm) })
		}
		runtime.GOMAXPROCS(old)
	}
}

// TestGemm_SIMDMatchesScalar checks every tile kernel available here (the
// vector ones exist under GOEXPERIMENT=simd on amd64 with AVX2 / AVX-512)
// against the scalar reference, bit for bit.
func TestGemm_SIMDMatchesScalar(t *testing.T) {
	t.Logf("kernel in use: %s; available: %v", train.Kernel(), train.GemmKernels())
	for _, kernel := range train.GemmKernels() {
		for _, tc := range gemmCases {
			t.Run(kernel+"/"+tc.name, func(t *testing.T) {
				r := rand.New(rand.NewPCG(7, uint64(tc.m*tc.n)))
				a := randSlice(r, tc.m*tc.k+1)
				b := randSlice(r, tc.k*tc.n)
				init := randSlice(r, tc.n)
				ars, acs := tc.k, 1
				if tc.transposedA {
					ars, acs = 1, tc.m
				}
				got := make([]float32, tc.m*tc.n)
				want := make([]float32, tc.m*tc.n)
				train.GemmWith(kernel, got, a, b, tc.m, tc.n, tc.k, ars, acs, init)
				train.GemmScalar(want, a, b, tc.m, tc.n, tc.k, ars, acs, init)
				for i := range want {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("%s kernel: c[%d] = %#x, scalar reference %#x", kernel, i, math.Float32bits(got[i]), math.Float32bits(want[i]))
					}
				}
			})
		}
	}
}

func TestTranspose_Roundtrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rows, cols := 45, 70
	src := randSlice(r, rows*cols)
	tr := make([]float32, rows*cols)
	back := make([]float32, rows*cols)
	train.Transpose(tr, src, rows, cols)
	if got, want := tr[3*rows+5], src[5*cols+3]; got != want {
		t.Fatalf("transpose[3,5] = %v, want %v", got, want)
	}
	train.Transpose(back, tr, cols, rows)
	for i := range src {
		if back[i] != src[i] {
			t.Fatalf("transpose twice: element %d = %v, want %v", i, back[i], src[i])
		}
	}
}

func TestCanonExp_CloseToMath(t *testing.T) {
	for x := -700.0; x <= 700; x += 0.0137 {
		got, want := train.CanonExp(x), math.Exp(x)
		if rel := math.Abs(got-want) / want; rel > 4e-16 {
			t.Fatalf("CanonExp(%v) = %v, math.Exp %v, relative error %g", x, got, want, rel)
		}
	}
	for _, tc := range []struct{ x, want float64 }{
		{0, 1}, {1, math.E}, {-1000, 0}, {1000, math.Inf(1)}, {math.Inf(-1), 0},
	} {
		if got := train.CanonExp(tc.x); got != tc.want && math.Abs(got-tc.want) > 4e-16*tc.want {
			t.Fatalf("CanonExp(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
	if got := train.CanonExp(math.NaN()); !math.IsNaN(got) {
		t.Fatalf("CanonExp(NaN) = %v, want NaN", got)
	}
}

func TestCanonLog_CloseToMath(t *testing.T) {
	for x := 1e-300; x < 1e300; x *= 1.0123 {
		got, want := train.CanonLog(x), math.Log(x)
		if math.Abs(got-want) > 4e-16*math.Max(1, math.Abs(want)) {
			t.Fatalf("CanonLog(%v) = %v, math.Log %v", x, got, want)
		}
	}
	for x := 0.5; x < 2; x += 0.000731 {
		got, want := train.CanonLog(x), math.Log(x)
		if math.Abs(got-want) > 3e-16*math.Max(math.Abs(want), 1e-3) {
			t.Fatalf("CanonLog(%v) = %v, math.Log %v", x, got, want)
		}
	}
	if got := train.CanonLog(1); got != 0 {
		t.Fatalf("CanonLog(1) = %v, want 0", got)
	}
	// ln(2^-1074) = -1074 ln 2. (math.Log on amd64 gets subnormals wrong.)
	if got, want := train.CanonLog(5e-324), -1074*math.Ln2; math.Abs(got-want) > 1e-12 {
		t.Fatalf("CanonLog(min subnormal) = %v, want %v", got, want)
	}
	if got := train.CanonLog(0); !math.IsInf(got, -1) {
		t.Fatalf("CanonLog(0) = %v, want -Inf", got)
	}
	if got := train.CanonLog(-1); !math.IsNaN(got) {
		t.Fatalf("CanonLog(-1) = %v, want NaN", got)
	}
}
