package devchain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/unstoppable-models/umnode/chain/devchain"
)

// storer: sstore(0, calldataload(0)); init code returns the 5-byte runtime.
var storerInit = hexutil.MustDecode("0x6005600a5f3960055ff3" + "5f355f5500")

// sstoreGas deploys the storer and returns the gas of one fresh SSTORE call.
func sstoreGas(t *testing.T, opts devchain.Options) uint64 {
	t.Helper()
	opts.Accounts = 1
	c := newChain(t, opts)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl := c.Client()
	send := func(nonce uint64, to *common.Address, data []byte) *types.Receipt {
		head, err := cl.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: big.NewInt(devchain.ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
			GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
			Gas:       1_000_000, To: to, Data: data,
		}), types.LatestSignerForChainID(big.NewInt(devchain.ChainID)), c.Key(0))
		if err != nil {
			t.Fatal(err)
		}
		if err := cl.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		c.Commit()
		r, err := cl.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("receipt: %v %v", r, err)
		}
		return r
	}
	addr := send(0, nil, storerInit).ContractAddress
	return send(1, &addr, common.Hash{0xff}.Bytes()).GasUsed
}

func TestChain_DefaultsToTheDeployedNetworksGasSchedule(t *testing.T) {
	osaka := sstoreGas(t, devchain.Options{})
	experimental := sstoreGas(t, devchain.Options{ExperimentalForks: true})
	t.Logf("fresh SSTORE tx gas: default %d, experimental forks %d", osaka, experimental)
	// 21000 base + calldata + 22100 cold zero-to-nonzero SSTORE under EIP-2929/3529.
	if osaka < 43_000 || osaka > 46_000 {
		t.Fatalf("fresh SSTORE tx on the default devchain used %d gas, want ~43.6k (Osaka schedule)", osaka)
	}
	if experimental <= osaka {
		t.Fatalf("experimental forks (%d gas) not dearer than the default (%d): the fork switch does nothing", experimental, osaka)
	}
}
