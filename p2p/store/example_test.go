package store_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/unstoppable-models/umnode/p2p/store"
)

// A worker imports its new checkpoint, pins it for the pending update and
// drops the import's own pin; GC then keeps it. (With Config.Host set, the
// same store serves it over bitswap, and Fetch gets it elsewhere.) Kubo 0.42
// `ipfs add` with the profile flags prints the same CID.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "store-example")
	defer os.RemoveAll(dir)
	st, err := store.Open(ctx, store.Config{Dir: dir, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	c, h, err := st.ImportBytes(ctx, []byte("a checkpoint"))
	if err != nil {
		fmt.Println(err)
		return
	}
	st.Pin(ctx, c, "pending:0x01")
	st.Unpin(ctx, c, store.ReasonLocal)
	res, _ := st.GC(ctx)
	has, _ := st.Has(ctx, c)
	fmt.Println(c)
	fmt.Println(h.Short(), has, res.Removed)
	// Output:
	// bafkreiemkg6lz44h2hya24ydlw3txsgtk2s226yshyfpdwgozoaqprmm24
	// 8c51bcbc true 0
}
