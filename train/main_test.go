package train_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/unstoppable-models/umnode/train"
)

// TestMain honours UMNODE_TEST_GEMM_KERNEL (scalar, avx2, avx512), so the
// golden test can pin every kernel of a build, not only the one the CPU picks.
func TestMain(m *testing.M) {
	if k := os.Getenv("UMNODE_TEST_GEMM_KERNEL"); k != "" && !train.ForceKernel(k) {
		fmt.Fprintf(os.Stderr, "UMNODE_TEST_GEMM_KERNEL=%s: no such kernel in this build on this CPU (build with GOEXPERIMENT=simd for avx2/avx512)\n", k)
		os.Exit(2)
	}
	os.Exit(m.Run())
}
