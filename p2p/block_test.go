package p2p_test

import (
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
)

// TestHost_BlockCutsAndRefusesConnections: a blocked peer is disconnected at
// once, cannot dial back in, is not dialled out to, and may connect again
// when the ban ends.
func TestHost_BlockCutsAndRefusesConnections(t *testing.T) {
	a := startHost(t, loopbackConfig(t, t.TempDir()))
	b := startHost(t, loopbackConfig(t, t.TempDir()))
	if err := b.Connect(t.Context(), a.AddrInfo()); err != nil {
		t.Fatalf("connect before the block: %v", err)
	}
	ban := 1500 * time.Millisecond
	a.Block(b.ID(), ban, "test")
	if !a.Blocked(b.ID()) {
		t.Fatal("Blocked is false right after Block")
	}
	if got := a.Host().Network().Connectedness(b.ID()); got == network.Connected {
		t.Fatal("still connected to the blocked peer")
	}
	if err := b.Connect(t.Context(), a.AddrInfo()); err == nil && a.Host().Network().Connectedness(b.ID()) == network.Connected {
		t.Fatal("the blocked peer dialled in")
	}
	if err := a.Connect(t.Context(), b.AddrInfo()); err == nil {
		t.Fatal("dialling out to a blocked peer succeeded")
	}
	a.Block(a.ID(), time.Hour, "self") // a host never blocks itself
	if a.Blocked(a.ID()) {
		t.Fatal("a host blocked itself")
	}
	time.Sleep(ban)
	if a.Blocked(b.ID()) {
		t.Fatal("still blocked after the ban ended")
	}
	// b may have a dial backoff to a from its refused attempt: a dials b.
	if err := a.Connect(t.Context(), b.AddrInfo()); err != nil {
		t.Fatalf("connect after the ban: %v", err)
	}
}
