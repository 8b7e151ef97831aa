package chain

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/params"
)

// TxType is the transaction envelope a network accepts.
type TxType int

const (
	// DynamicFee is an EIP-1559 (type 2) transaction.
	DynamicFee TxType = iota
	// Legacy is a pre-EIP-2718 transaction with a single gas price. Polygon
	// zkEVM and Cardona accept only these.
	Legacy
)

func (t TxType) String() string {
	switch t {
	case DynamicFee:
		return "eip1559"
	case Legacy:
		return "legacy"
	}
	return fmt.Sprintf("txtype(%d)", int(t))
}

// Profile is what the client must know about a network to use it safely.
type Profile struct {
	Name    string
	ChainID uint64
	TxType  TxType
	// Confirmations is how many blocks must be built on top of a log's block
	// before the event follower delivers it (0: deliver at the head).
	Confirmations uint64
	// PollInterval paces receipt and event polling (about a block time).
	PollInterval time.Duration
	// ReceiptTimeout bounds how long a send waits for its receipt.
	ReceiptTimeout time.Duration
	// GasLimitPercent scales the node's gas estimate (120 = +20% headroom).
	GasLimitPercent uint64
	// GasPricePercent scales the suggested gas price (legacy) or tip (EIP-1559).
	GasPricePercent uint64
	// MinTipCap is a floor for the EIP-1559 priority fee (Polygon PoS rejects
	// tips under its minimum); nil for none.
	MinTipCap *big.Int
	// MaxFeePerGas caps the fee cap (EIP-1559) or gas price (legacy): a send
	// that would need more fails instead of draining the account in a spike.
	MaxFeePerGas *big.Int
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }

// The known networks. Confirmation depths: the devnet never reorgs; Polygon
// zkEVM's trusted sequencer orders blocks once (a reorg needs an L1 reorg of
// its batches), so a few blocks suffice; Amoy is Bor (Polygon PoS), whose
// milestones finalize in seconds but which has reorged by dozens of blocks
// before them, so it waits longer. zkEVM gets more gas headroom because its
// estimates are tight against its prover counters.
var (
	Devnet = Profile{
		Name: "devnet", ChainID: 1337, TxType: DynamicFee, Confirmations: 0,
		PollInterval: 50 * time.Millisecond, ReceiptTimeout: 30 * time.Second,
		GasLimitPercent: 120, GasPricePercent: 100, MaxFeePerGas: gwei(1000),
	}
	Cardona = Profile{
		Name: "cardona", ChainID: 2442, TxType: Legacy, Confirmations: 5,
		PollInterval: 2 * time.Second, ReceiptTimeout: 3 * time.Minute,
		GasLimitPercent: 130, GasPricePercent: 125, MaxFeePerGas: gwei(500),
	}
	ZkEVM = Profile{
		Name: "zkevm", ChainID: 1101, TxType: Legacy, Confirmations: 5,
		PollInterval: 2 * time.Second, ReceiptTimeout: 3 * time.Minute,
		GasLimitPercent: 130, GasPricePercent: 125, MaxFeePerGas: gwei(100),
	}
	Amoy = Profile{
		Name: "amoy", ChainID: 80002, TxType: DynamicFee, Confirmations: 16,
		PollInterval: 2 * time.Second, ReceiptTimeout: 3 * time.Minute,
		GasLimitPercent: 120, GasPricePercent: 110, MinTipCap: gwei(30), MaxFeePerGas: gwei(2000),
	}
)

// Profiles lists the named networks (custom is made by CustomProfile).
func Profiles() []Profile { return []Profile{Devnet, Cardona, ZkEVM, Amoy} }

// CustomProfile is a profile for any other EVM chain: EIP-1559 unless legacy,
// 12 confirmations, conservative gas settings.
func CustomProfile(chainID uint64, legacy bool) Profile {
	p := Profile{
		Name: "custom", ChainID: chainID, TxType: DynamicFee, Confirmations: 12,
		PollInterval: 2 * time.Second, ReceiptTimeout: 5 * time.Minute,
		GasLimitPercent: 125, GasPricePercent: 110, MaxFeePerGas: gwei(5000),
	}
	if legacy {
		p.TxType = Legacy
	}
	return p
}

// ProfileByName returns the profile of a network name as the node's
// --network flag gives it. chainID is required for "custom" and, when
// non-zero for a named network, must match it.
func ProfileByName(name string, chainID uint64) (Profile, error) {
	if name == "custom" {
		if chainID == 0 {
			return Profile{}, fmt.Errorf("chain: network custom needs a chain ID; give --chain-id")
		}
		return CustomProfile(chainID, false), nil
	}
	var names []string
	for _, p := range Profiles() {
		if p.Name == name {
			if chainID != 0 && chainID != p.ChainID {
				return Profile{}, fmt.Errorf("chain: network %s is chain ID %d, not %d; drop --chain-id or use --network custom", name, p.ChainID, chainID)
			}
			return p, nil
		}
		names = append(names, p.Name)
	}
	return Profile{}, fmt.Errorf("chain: unknown network %q; known: %s, custom", name, strings.Join(names, ", "))
}

// Validate checks that p is usable.
func (p Profile) Validate() error {
	switch {
	case p.ChainID == 0:
		return fmt.Errorf("chain: profile %q: chain ID is 0", p.Name)
	case p.TxType != DynamicFee && p.TxType != Legacy:
		return fmt.Errorf("chain: profile %q: unknown tx type %d", p.Name, p.TxType)
	case p.PollInterval <= 0:
		return fmt.Errorf("chain: profile %q: poll interval %v must be positive", p.Name, p.PollInterval)
	case p.ReceiptTimeout <= 0:
		return fmt.Errorf("chain: profile %q: receipt timeout %v must be positive", p.Name, p.ReceiptTimeout)
	case p.GasLimitPercent < 100:
		return fmt.Errorf("chain: profile %q: gas limit percent %d is under 100; the estimate is a minimum", p.Name, p.GasLimitPercent)
	case p.GasPricePercent == 0:
		return fmt.Errorf("chain: profile %q: gas price percent is 0", p.Name)
	}
	return nil
}
