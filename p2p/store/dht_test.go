package store_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/host"

	"github.com/unstoppable-models/umnode/p2p/store"
)

func newDHT(t *testing.T, h host.Host) *dht.IpfsDHT {
	t.Helper()
	d, err := dht.New(h, dht.Mode(dht.ModeServer), dht.ProtocolPrefix("/umnode-test"))
	if err != nil {
		t.Fatalf("dht.New: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func waitRoutingTable(t *testing.T, ds ...*dht.IpfsDHT) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, d := range ds {
		for d.RoutingTable().Size() == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("DHT routing table still empty")
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// TestFetch_FindsProvidersOnDHT: the origin's store provides the root on the
// DHT; the fetcher, not connected to the origin, finds it through the
// provider record, dials it and fetches.
func TestFetch_FindsProvidersOnDHT(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	boot, originH, fetcherH := newHost(t), newHost(t), newHost(t)
	bootDHT, originDHT, fetcherDHT := newDHT(t, boot), newDHT(t, originH), newDHT(t, fetcherH)
	connect(t, originH, boot)
	connect(t, fetcherH, boot)
	waitRoutingTable(t, bootDHT, originDHT, fetcherDHT)

	origin := openStore(t, store.Config{Host: originH, Routing: originDHT})
	fetcher := openStore(t, store.Config{Host: fetcherH, Routing: fetcherDHT})
	data := testData(50, 3<<20)
	c, h, err := origin.ImportBytes(ctx, data)
	if err != nil {
		t.Fatalf("ImportBytes: %v", err)
	}
	if err := origin.Provide(ctx, c); err != nil { // Import also does it, in the background
		t.Fatalf("Provide: %v", err)
	}
	provs, err := fetcherDHT.FindProviders(ctx, c)
	if err != nil {
		t.Fatalf("FindProviders: %v", err)
	}
	if len(provs) != 1 || provs[0].ID != originH.ID() {
		t.Fatalf("providers of %s = %v, want the origin %s", c, provs, originH.ID())
	}
	// The DHT's own traffic may have connected the two; cut that, so that
	// the fetch must go through the provider record (bitswap only asks
	// peers it is connected to).
	if err := fetcherH.Network().ClosePeer(originH.ID()); err != nil {
		t.Fatalf("ClosePeer: %v", err)
	}
	got, err := fetcher.FetchBytes(ctx, c, h, nil)
	if err != nil {
		t.Fatalf("FetchBytes through the DHT: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("fetched bytes differ")
	}
	if fetcher.BytesReceivedFrom(originH.ID()) == 0 {
		t.Fatalf("nothing came from the origin")
	}
}
