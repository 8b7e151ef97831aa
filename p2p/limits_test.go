package p2p_test

import (
	"crypto/sha256"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/libp2p/go-libp2p/core/network"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
)

// TestHost_LargeTransfer pushes 256 MiB through one stream (Noise, yamux,
// the resource manager) and checks the bytes, and that the limits are the
// scaled-up ones, not libp2p's defaults (which cap a peer at tens of MiB).
func TestHost_LargeTransfer(t *testing.T) {
	if testing.Short() {
		t.Skip("moves 256 MiB")
	}
	hosts := startHosts(t, 2, nil)
	connectEdges(t, hosts, [][2]int{{0, 1}})

	var peerMem int64
	err := hosts[0].Host().Network().ResourceManager().ViewPeer(hosts[1].ID(), func(s network.PeerScope) error {
		peerMem = s.(rcmgr.ResourceScopeLimiter).Limit().GetMemoryLimit()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(512 << 20); peerMem < want {
		t.Fatalf("per-peer memory limit %d MiB, want at least %d MiB", peerMem>>20, want>>20)
	}

	const size = 256 << 20
	const proto = "/umnode/test/blob/1"
	sums := make(chan [32]byte, 1)
	hosts[1].Host().SetStreamHandler(proto, func(s network.Stream) {
		defer s.Close()
		h := sha256.New()
		n, err := io.Copy(h, s)
		if err != nil || n != size {
			t.Errorf("receiver got %d bytes, err %v", n, err)
		}
		sums <- [32]byte(h.Sum(nil))
	})
	s, err := hosts[0].Host().NewStream(t.Context(), hosts[1].ID(), proto)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 1<<20)
	h := sha256.New()
	for range size / len(buf) {
		for i := range buf {
			buf[i] = byte(rng.Uint32())
		}
		h.Write(buf)
		if _, err := s.Write(buf); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.CloseWrite(); err != nil {
		t.Fatal(err)
	}
	if got, want := <-sums, [32]byte(h.Sum(nil)); got != want {
		t.Fatal("received bytes differ from those sent")
	}
}
