package protocol_test

import (
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
)

func testTrace(n int, tag string) protocol.Trace {
	t := make(protocol.Trace, n)
	for i := range t {
		t[i] = sha256.Sum256([]byte(fmt.Sprintf("%s-%d", tag, i)))
	}
	return t
}

func TestTrace_ProofsVerify(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 17, 65} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			tr := testTrace(n, "a")
			root, err := tr.Root()
			if err != nil {
				t.Fatal(err)
			}
			for i := range tr {
				proof, err := tr.Proof(i)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := len(proof), protocol.Depth(n); got != want {
					t.Fatalf("proof length %d, want %d", got, want)
				}
				if !protocol.VerifyProof(root, n, i, tr[i], proof) {
					t.Fatalf("proof of leaf %d does not verify", i)
				}
				// The same proof must not verify another state, index or root.
				if protocol.VerifyProof(root, n, i, tr[(i+1)%n], proof) && n > 1 {
					t.Fatalf("proof of leaf %d verifies a different state", i)
				}
				if n > 1 && protocol.VerifyProof(root, n, (i+1)%n, tr[i], proof) {
					t.Fatalf("proof of leaf %d verifies at index %d", i, (i+1)%n)
				}
				if i >= 0 && n < protocol.MaxTraceLen && protocol.VerifyProof(root, n, n, tr[i], proof) {
					t.Fatalf("proof verifies at out-of-range index %d", n)
				}
				if len(proof) > 0 {
					bad := append([]protocol.Hash(nil), proof...)
					bad[0][0] ^= 1
					if protocol.VerifyProof(root, n, i, tr[i], bad) {
						t.Fatalf("tampered proof verifies")
					}
				}
			}
		})
	}
}

func TestTrace_RootDependsOnEveryState(t *testing.T) {
	tr := testTrace(65, "b")
	root, _ := tr.Root()
	for i := range tr {
		c := append(protocol.Trace(nil), tr...)
		c[i][31] ^= 0x80
		r, _ := c.Root()
		if r == root {
			t.Fatalf("changing state %d left the root unchanged", i)
		}
	}
	if r, _ := tr[:64].Root(); r == root {
		t.Fatal("a shorter trace has the same root")
	}
}

func TestTrace_SingleLeafAndEmpty(t *testing.T) {
	tr := testTrace(1, "c")
	root, _ := tr.Root()
	if root != protocol.LeafHash(tr[0]) {
		t.Fatal("single-leaf root is not the leaf hash")
	}
	if _, err := (protocol.Trace{}).Root(); err == nil {
		t.Fatal("empty trace has a root")
	}
}

// The layout is spelled out in trace.go; pin it against a hand-built tree so a
// refactor cannot silently change what the contracts verify.
func TestTrace_RootLayout(t *testing.T) {
	tr := testTrace(3, "d")
	l := func(i int) protocol.Hash { return protocol.LeafHash(tr[i]) }
	want := protocol.NodeHash(protocol.NodeHash(l(0), l(1)), protocol.NodeHash(l(2), protocol.ZeroHash))
	got, _ := tr.Root()
	if got != want {
		t.Fatalf("root %s, want %s", got, want)
	}
	if protocol.LeafHash(tr[0]) == protocol.Keccak256(tr[0][:]) {
		t.Fatal("leaf hash is not domain-separated")
	}
}

func TestFirstDivergence(t *testing.T) {
	a := testTrace(9, "e")
	b := append(protocol.Trace(nil), a...)
	if got := protocol.FirstDivergence(a, b); got != -1 {
		t.Fatalf("equal traces diverge at %d", got)
	}
	b[5][0] ^= 1
	b[7][0] ^= 1
	if got := protocol.FirstDivergence(a, b); got != 5 {
		t.Fatalf("diverge at %d, want 5", got)
	}
	if got := protocol.FirstDivergence(a, a[:4]); got != 4 {
		t.Fatalf("prefix diverges at %d, want 4", got)
	}
}

func TestUpdate_IDBindsEveryField(t *testing.T) {
	u := protocol.Update{RunID: protocol.Hash{1}, Parent: protocol.Hash{2}, StateHash: protocol.Hash{3}, TraceRoot: protocol.Hash{4}, CID: []byte("cid"), Worker: [20]byte{5}}
	id := u.ID()
	mut := []func(*protocol.Update){
		func(u *protocol.Update) { u.RunID[0]++ },
		func(u *protocol.Update) { u.Parent[0]++ },
		func(u *protocol.Update) { u.StateHash[0]++ },
		func(u *protocol.Update) { u.TraceRoot[0]++ },
		func(u *protocol.Update) { u.CID = []byte("cie") },
		func(u *protocol.Update) { u.Worker[0]++ },
	}
	for i, f := range mut {
		v := u
		v.CID = append([]byte(nil), u.CID...)
		f(&v)
		if v.ID() == id {
			t.Fatalf("mutation %d left the ID unchanged", i)
		}
	}
}
