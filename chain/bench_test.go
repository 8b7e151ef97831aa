package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

// BenchmarkTransactAndWait measures a managed send plus receipt on an OnTx
// devchain, in process (the baseline) and over loopback HTTP JSON-RPC.
func BenchmarkTransactAndWait(b *testing.B) {
	for _, name := range []string{"inprocess", "http"} {
		b.Run(name, func(b *testing.B) {
			dc, err := devchain.New(devchain.Options{Accounts: 1, HTTPAddr: "127.0.0.1:0", Mode: devchain.OnTx})
			if err != nil {
				b.Fatal(err)
			}
			defer dc.Close()
			ctx := context.Background()
			p := chain.Devnet
			p.PollInterval = 2e6 // 2ms
			var c *chain.Client
			if name == "http" {
				c, err = chain.Dial(ctx, dc.URL(), p, chain.WithKey(dc.Key(0)))
			} else {
				c, err = chain.New(ctx, dc.Client(), p, chain.WithKey(dc.Key(0)))
			}
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			to := common.Address{1}
			b.ResetTimer()
			for b.Loop() {
				if _, err := c.TransactAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkErrorDecoder_Decode decodes a custom error found among the
// bindings' ABIs, against Error(string) as the baseline.
func BenchmarkErrorDecoder_Decode(b *testing.B) {
	a := testABI(b)
	d := chain.NewErrorDecoder(a)
	custom := customError(b, a, "TooEarly", uint64(5), uint64(9))
	plain := errorString("not enough stake")
	b.Run("Error(string)", func(b *testing.B) {
		for b.Loop() {
			d.Decode(plain)
		}
	})
	b.Run("custom", func(b *testing.B) {
		for b.Loop() {
			d.Decode(custom)
		}
	})
}
