package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
)

// Synthetic returns n examples of a deterministic, linearly separable
// classification problem, for fast tests. The same arguments give the same
// bits on every platform.
//
// Class c has a centre with value 0.75 in every feature j with
// j%classes == c and 0.25 elsewhere; an example is its class centre plus
// independent noise uniform on the grid {-0.2, -0.1999, ..., 0.2}. Labels
// are uniform over the classes. With features >= classes the classes are
// separated by a margin. The randomness is ChaCha8 (math/rand/v2) seeded
// with sha256("umnode/dataset/synthetic/v1" || u64be seed); labels and noise
// are drawn example by example, label first. Only integer arithmetic and
// single rounded float32 operations are used, so no FMA fusion can change
// a bit.
func Synthetic(n, features, classes int, seed uint64) *Dataset {
	if n < 0 || features <= 0 || classes < 2 || classes > 256 {
		panic(fmt.Sprintf("dataset: Synthetic(%d, %d, %d): want n >= 0, features >= 1, classes 2..256", n, features, classes))
	}
	var key []byte
	key = append(key, "umnode/dataset/synthetic/v1"...)
	key = binary.BigEndian.AppendUint64(key, seed)
	rng := rand.New(rand.NewChaCha8(sha256.Sum256(key)))
	d := &Dataset{
		Name:     fmt.Sprintf("synthetic-%d-%d-%d-%d", n, features, classes, seed),
		Features: features,
		Classes:  classes,
		X:        make([]float32, n*features),
		Y:        make([]uint8, n),
	}
	for i := range n {
		c := rng.IntN(classes)
		d.Y[i] = uint8(c)
		row := d.X[i*features : (i+1)*features]
		for j := range row {
			centre := float32(0.25)
			if j%classes == c {
				centre = 0.75
			}
			noise := float32(rng.IntN(4001)-2000) / 10000 // one rounded division
			row[j] = centre + noise                       // one rounded addition
		}
	}
	return d
}
