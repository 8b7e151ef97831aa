package protocol

import (
	"errors"
	"fmt"
)

// The trace of an update is s_0..s_k: the state hash before the update (the
// parent's state) and after each of its k steps. Its Merkle tree is what the
// bisection game walks, so the Solidity verifier must hash exactly like this:
//
//	leaf(s)        = keccak256(0x00 ‖ s)
//	node(l, r)     = keccak256(0x01 ‖ l ‖ r)
//	padding        = bytes32(0), used as a node value as is (never hashed)
//
// The n = k+1 leaves are padded on the right with zero nodes up to the next
// power of two, width W; the tree has depth log2(W). A proof for leaf i lists
// the sibling at each level from the bottom up; bit j of i says whether the
// running hash is the right (1) or left (0) child at level j. A single-leaf
// tree's root is leaf(s_0) and its proof is empty. Zero padding cannot be
// passed off as a leaf: a leaf hash equal to zero would be a keccak preimage.
//
// The domain-separation bytes keep a leaf from being reinterpreted as an
// inner node (second-preimage attacks on unbalanced trees).
const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

// MaxTraceLen bounds n = k+1, so proofs stay short (depth <= 16) and a
// hostile length cannot make a verifier allocate without bound.
const MaxTraceLen = 1 << 16

// LeafHash is the Merkle leaf for one state hash.
func LeafHash(state Hash) Hash {
	return Keccak256([]byte{leafPrefix}, state[:])
}

// NodeHash is the Merkle inner node over two children.
func NodeHash(left, right Hash) Hash {
	return Keccak256([]byte{nodePrefix}, left[:], right[:])
}

// Trace is the sequence of state hashes s_0..s_k of one update.
type Trace []Hash

// ErrEmptyTrace is returned for a trace with no states.
var ErrEmptyTrace = errors.New("protocol: empty trace")

// Depth is the number of levels above the leaves for a trace of n states.
func Depth(n int) int {
	d := 0
	for 1<<d < n {
		d++
	}
	return d
}

// levels builds every level of the tree, bottom (leaves) first.
func (t Trace) levels() ([][]Hash, error) {
	n := len(t)
	if n == 0 {
		return nil, ErrEmptyTrace
	}
	if n > MaxTraceLen {
		return nil, fmt.Errorf("protocol: trace of %d states exceeds %d", n, MaxTraceLen)
	}
	width := 1 << Depth(n)
	level := make([]Hash, width)
	for i, s := range t {
		level[i] = LeafHash(s)
	}
	levels := [][]Hash{level}
	for len(level) > 1 {
		next := make([]Hash, len(level)/2)
		for i := range next {
			next[i] = NodeHash(level[2*i], level[2*i+1])
		}
		levels = append(levels, next)
		level = next
	}
	return levels, nil
}

// Root is the trace root committed on chain.
func (t Trace) Root() (Hash, error) {
	lv, err := t.levels()
	if err != nil {
		return Hash{}, err
	}
	return lv[len(lv)-1][0], nil
}

// Proof returns the inclusion proof of s_i: the siblings from the leaf level up.
func (t Trace) Proof(i int) ([]Hash, error) {
	lv, err := t.levels()
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= len(t) {
		return nil, fmt.Errorf("protocol: proof index %d outside trace of %d states", i, len(t))
	}
	proof := make([]Hash, 0, len(lv)-1)
	idx := i
	for _, level := range lv[:len(lv)-1] {
		proof = append(proof, level[idx^1])
		idx >>= 1
	}
	return proof, nil
}

// VerifyProof checks that state is s_i of a trace of n states with the given
// root. It is the Go twin of the Solidity verifier.
func VerifyProof(root Hash, n, i int, state Hash, proof []Hash) bool {
	if n <= 0 || n > MaxTraceLen || i < 0 || i >= n || len(proof) != Depth(n) {
		return false
	}
	h := LeafHash(state)
	idx := i
	for _, sib := range proof {
		if idx&1 == 1 {
			h = NodeHash(sib, h)
		} else {
			h = NodeHash(h, sib)
		}
		idx >>= 1
	}
	return h == root
}

// FirstDivergence returns the smallest index at which a and b differ, or -1
// when they are equal. Traces of different lengths diverge at the shorter
// length. Bisection uses it to know the answer it is searching for.
func FirstDivergence(a, b Trace) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return n
	}
	return -1
}
