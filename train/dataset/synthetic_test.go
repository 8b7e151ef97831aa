package dataset_test

import (
	"testing"

	"github.com/unstoppable-models/umnode/train/dataset"
)

// syntheticHash pins Synthetic(200, 16, 4, 42) bit for bit, so the test data
// is the same on every architecture (make golden runs this package too if asked).
const syntheticHash = "0xb82a802a56c7a833c3c953749845f46b56627b4da49cc85c21b3bdde407e3c21"

func TestSynthetic_Deterministic(t *testing.T) {
	a := dataset.Synthetic(200, 16, 4, 42)
	b := dataset.Synthetic(200, 16, 4, 42)
	if a.ContentHash() != b.ContentHash() {
		t.Fatal("two calls with the same arguments differ")
	}
	if got := a.ContentHash().Hex(); got != syntheticHash {
		t.Fatalf("Synthetic(200, 16, 4, 42) hash = %s, want %s", got, syntheticHash)
	}
	restore := dataset.SetPortable(true)
	if got := a.ContentHash().Hex(); got != syntheticHash {
		t.Fatalf("portable hash = %s, want %s", got, syntheticHash)
	}
	restore()
	if c := dataset.Synthetic(200, 16, 4, 43); c.ContentHash() == a.ContentHash() {
		t.Fatal("another seed gives the same data")
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestSynthetic_Separable checks that the nearest class centre classifies
// every example, and that every class occurs.
func TestSynthetic_Separable(t *testing.T) {
	const n, features, classes = 1000, 20, 5
	d := dataset.Synthetic(n, features, classes, 1)
	var counts [classes]int
	for i := range d.Len() {
		row := d.Row(i)
		best, bestDist := -1, float32(0)
		for c := range classes {
			var dist float32
			for j, v := range row {
				centre := float32(0.25)
				if j%classes == c {
					centre = 0.75
				}
				dist += (v - centre) * (v - centre)
			}
			if best < 0 || dist < bestDist {
				best, bestDist = c, dist
			}
		}
		if best != int(d.Y[i]) {
			t.Fatalf("example %d: label %d but nearest centre %d", i, d.Y[i], best)
		}
		counts[d.Y[i]]++
	}
	for c, k := range counts {
		if k < n/classes/2 {
			t.Fatalf("class %d has %d of %d examples", c, k, n)
		}
	}
}
