package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/bindings"
	"github.com/unstoppable-models/umnode/node"
)

// Shared by the account commands (stake, delegate, unbond, withdraw, claim,
// transfer): the account's chain client, token amounts, transactions that
// print their hash, and reverts explained.

// accountSettings are the node settings an account command takes.
var accountSettings = []string{"network", "chain-id", "rpc-url", "keystore", "password-file", "deployment", "log-level", "log-format"}

// accountHelpTail ends every account command's help.
const accountHelpTail = `
The account is the node's key: --keystore with --password-file (or
UMNODE_ETH_PASSPHRASE), or, on devnets only, the hex key in UMNODE_ETH_KEY.
The contracts come from --deployment (deployment.json, written by 'umnode
devnet' or the run's sponsor); --config reads both from a node's TOML file.
Amounts are in tokens (UM, 18 decimals), like 100 or 0.5; the smallest is
0.000000000000000001.

Each transaction prints its hash and block. If the contract refuses one, the
error names the contract's reason (for example StillUnbonding(...)) and what
to do about it; nothing else was changed by the refused transaction.`

// parseAccountFlags loads an account command's config and returns its
// positional arguments. Flags may come before or after the arguments.
func (m *Main) parseAccountFlags(fs *flag.FlagSet, args []string, help string, boolFlags ...string) (*node.Config, []string, error) {
	cfg, err := m.loadConfig(fs, flagsFirst(args, boolFlags), help, accountSettings)
	if err != nil {
		return nil, nil, err
	}
	if cfg.Deployment == "" {
		return nil, nil, &node.FieldError{Field: "deployment", Msg: "is empty; give the run's deployment.json (umnode devnet writes one), or --config with a node's TOML file"}
	}
	return cfg, fs.Args(), nil
}

var negativeNumber = regexp.MustCompile(`^-[0-9.]`)

// flagsFirst moves the flags in args before the positional arguments, so
// that "umnode stake 100 --commission 500" parses like "--commission 500
// 100". A flag takes the next argument as its value unless it has "=" or is
// one of boolFlags (or -h/--help). "-5" is an argument (a negative amount
// the command rejects with a clear message), not a flag.
func flagsFirst(args []string, boolFlags []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" || negativeNumber.MatchString(a) {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if hasVal || name == "h" || name == "help" || containsString(boolFlags, name) {
			continue
		}
		if i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	if len(pos) > 0 {
		flags = append(flags, "--")
	}
	return append(flags, pos...)
}

func containsString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// maxAmount is the largest amount the contracts take (uint96).
var maxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

var tokenAmount = regexp.MustCompile(`^([0-9]+)(\.([0-9]+))?$`)

// parseTokens reads a token amount ("100", "0.5") as base units (18
// decimals). It refuses negative, zero, garbage and amounts finer than one
// base unit or beyond the contracts' uint96.
func parseTokens(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		return nil, fmt.Errorf("amount %q is negative: give a positive number of tokens, like 100 or 0.5", s)
	}
	sm := tokenAmount.FindStringSubmatch(s)
	if sm == nil {
		return nil, fmt.Errorf("amount %q is not a number of tokens: use digits with an optional decimal point, like 100 or 0.5", s)
	}
	frac := strings.TrimRight(sm[3], "0")
	if len(frac) > 18 {
		return nil, fmt.Errorf("amount %q has %d decimals: the token has 18 (its smallest unit is 0.000000000000000001)", s, len(frac))
	}
	v, ok := new(big.Int).SetString(sm[1]+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("amount %q is not a number of tokens", s)
	}
	if v.Sign() == 0 {
		return nil, fmt.Errorf("amount %q is zero: give a positive number of tokens", s)
	}
	if v.Cmp(maxAmount) > 0 {
		return nil, fmt.Errorf("amount %q is too large: the contracts hold at most %s tokens", s, formatTokens(maxAmount))
	}
	return v, nil
}

// formatTokens prints base units exactly as tokens: "100", "0.5".
func formatTokens(x *big.Int) string {
	if x == nil {
		return "0"
	}
	neg := x.Sign() < 0
	s := new(big.Int).Abs(x).String()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	if frac != "" {
		whole += "." + frac
	}
	if neg {
		whole = "-" + whole
	}
	return whole
}

// um is formatTokens with the unit.
func um(x *big.Int) string { return formatTokens(x) + " UM" }

// account is an account command's connection: the deployment, a chain
// client signing as the account, and the contracts' ABIs.
type account struct {
	m    *Main
	cfg  *node.Config
	dep  *node.Deployment
	cl   *chain.Client
	addr common.Address
	led  *bindings.Ledger
	tok  *bindings.Token
	dis  *bindings.Disputes
}

// openAccount loads the deployment and key and dials the chain.
func (m *Main) openAccount(ctx context.Context, cfg *node.Config) (*account, error) {
	dep, err := node.LoadDeployment(cfg.Deployment)
	if err != nil {
		return nil, err
	}
	key, err := chain.LoadKey(chain.KeySource{Keystore: cfg.Keystore, PasswordFile: cfg.PasswordFile}, m.Getenv)
	if err != nil {
		return nil, err
	}
	prof, err := chain.ProfileByName(cfg.Network, cfg.ChainID)
	if err != nil {
		return nil, &node.FieldError{Field: "network", Msg: err.Error()}
	}
	if prof.ChainID != dep.ChainID {
		return nil, &node.FieldError{Field: "network", Msg: fmt.Sprintf("profile %s is chain %d but the deployment is on chain %d", prof.Name, prof.ChainID, dep.ChainID)}
	}
	cl, err := chain.Dial(ctx, cfg.RPCURL, prof, chain.WithKey(key), chain.WithLogger(newLogger(m, cfg)))
	if err != nil {
		return nil, err
	}
	return &account{m: m, cfg: cfg, dep: dep, cl: cl, addr: crypto.PubkeyToAddress(key.PublicKey),
		led: bindings.NewLedger(), tok: bindings.NewToken(), dis: bindings.NewDisputes()}, nil
}

func (a *account) close() { a.cl.Close() }

func (a *account) printf(format string, args ...any) { fmt.Fprintf(a.m.Stdout, format, args...) }

// call runs a view call.
func (a *account) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := a.cl.CallContract(ctx, ethereum.CallMsg{From: a.addr, To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: call %s: %w", to.Hex(), err)
	}
	return out, nil
}

// send sends one transaction and waits for it, printing its hash; a revert
// comes back explained.
func (a *account) send(ctx context.Context, what string, to common.Address, data []byte) (*types.Receipt, error) {
	rc, err := a.cl.TransactAndWait(ctx, &to, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, explainRevert(err))
	}
	a.printf("  %-16s tx %s (block %s)\n", what, rc.TxHash.Hex(), rc.BlockNumber)
	return rc, nil
}

func (a *account) workerInfo(ctx context.Context, w common.Address) (bindings.StakingWorker, error) {
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackWorkerInfo(w))
	if err != nil {
		return bindings.StakingWorker{}, err
	}
	return a.led.UnpackWorkerInfo(out)
}

func (a *account) balance(ctx context.Context) (*big.Int, error) {
	out, err := a.call(ctx, a.dep.Token, a.tok.PackBalanceOf(a.addr))
	if err != nil {
		return nil, err
	}
	return a.tok.UnpackBalanceOf(out)
}

func (a *account) owed(ctx context.Context) (*big.Int, error) {
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackOwed(a.addr))
	if err != nil {
		return nil, err
	}
	return a.led.UnpackOwed(out)
}

func (a *account) sharesOf(ctx context.Context, w common.Address) (*big.Int, error) {
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackSharesOf(w, a.addr))
	if err != nil {
		return nil, err
	}
	return a.led.UnpackSharesOf(out)
}

func (a *account) delegatedValue(ctx context.Context, w common.Address) (*big.Int, error) {
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackDelegatedValue(w, a.addr))
	if err != nil {
		return nil, err
	}
	return a.led.UnpackDelegatedValue(out)
}

// runConfig is the deployment's run on the ledger.
func (a *account) runConfig(ctx context.Context) (bindings.LedgerRunConfig, error) {
	out, err := a.call(ctx, a.dep.Ledger, a.led.PackRunInfo(a.dep.RunID))
	if err != nil {
		return bindings.LedgerRunConfig{}, err
	}
	ri, err := a.led.UnpackRunInfo(out)
	return ri.Config, err
}

// needTokens fails, saying how much the account holds, when it holds less
// than amount.
func (a *account) needTokens(ctx context.Context, amount *big.Int, what string) error {
	bal, err := a.balance(ctx)
	if err != nil {
		return err
	}
	if bal.Cmp(amount) < 0 {
		return fmt.Errorf("%s holds %s, %s needs %s: get tokens first (on a devnet the deployer, dev key 0, holds the supply; 'umnode status' shows a balance)",
			a.addr.Hex(), um(bal), what, um(amount))
	}
	return nil
}

// approve lets the ledger pull amount from the account.
func (a *account) approve(ctx context.Context, amount *big.Int) error {
	_, err := a.send(ctx, "approve", a.dep.Token, a.tok.PackApprove(a.dep.Ledger, amount))
	return err
}

// now is the latest block's time: what the contracts compare deadlines with.
func (a *account) now(ctx context.Context) (time.Time, error) {
	h, err := a.cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("chain: latest block: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// logs returns the logs of contract at matching topics from the
// deployment's start block on, in chunks the RPC accepts.
func (a *account) logs(ctx context.Context, at common.Address, topics [][]common.Hash) ([]types.Log, error) {
	latest, err := a.cl.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: block number: %w", err)
	}
	var out []types.Log
	for from := a.dep.StartBlock; from <= latest; from += 2000 {
		to := min(from+1999, latest)
		l, err := a.cl.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{at}, Topics: topics,
		})
		if err != nil {
			return nil, fmt.Errorf("chain: events of %s in blocks %d-%d: %w", at.Hex(), from, to, err)
		}
		out = append(out, l...)
	}
	return out, nil
}

// parseAddress reads a 0x address argument.
func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an Ethereum address (0x + 40 hex digits)", what, s)
	}
	return common.HexToAddress(s), nil
}

// revertHints say what to do about each custom error the account commands
// can meet.
var revertHints = map[string]func(re *chain.RevertError) string{
	"NotRegistered": func(*chain.RevertError) string {
		return "that account is not a registered worker: check the address ('umnode status --address ADDR'), or register first with 'umnode stake AMOUNT'"
	},
	"AlreadyRegistered": func(*chain.RevertError) string {
		return "the account is registered already: 'umnode stake AMOUNT' adds to its stake"
	},
	"CommissionTooHigh": func(*chain.RevertError) string { return "give --commission between 0 and 10000 basis points" },
	"ZeroAmount":        func(*chain.RevertError) string { return "give a positive amount" },
	"AmountTooLarge": func(*chain.RevertError) string {
		return "the total would pass the contract's limit (2^96 base units); use a smaller amount"
	},
	"InsufficientShares": func(*chain.RevertError) string {
		return "you hold fewer shares of that pool than asked; 'umnode unbond all --worker ADDR' unbonds all of them"
	},
	"InsufficientStake": func(*chain.RevertError) string {
		return "the self stake is smaller than that (a slash may have cut it); 'umnode status' shows it, 'umnode unbond all' unbonds all of it"
	},
	"PoolDepleted": func(*chain.RevertError) string {
		return "a slash emptied that worker's delegation pool; delegate to another worker"
	},
	"ZeroShares": func(re *chain.RevertError) string {
		if len(re.Args) == 2 {
			if m, ok := re.Args[1].(*big.Int); ok {
				return fmt.Sprintf("that amount buys no share of the worker's pool (rewards made a share worth more); delegate at least %s", um(m))
			}
		}
		return "that amount buys no share of the worker's pool (rewards made a share worth more); delegate more"
	},
	"NotOwner": func(*chain.RevertError) string {
		return "that unbonding belongs to another account, or was withdrawn already; 'umnode withdraw' with no ID finds this account's own"
	},
	"StillUnbonding": func(re *chain.RevertError) string {
		if len(re.Args) == 2 {
			if t, ok := re.Args[1].(*big.Int); ok && t.IsInt64() {
				return fmt.Sprintf("it is due at %s UTC (chain time); withdraw it after that", time.Unix(t.Int64(), 0).UTC().Format(time.DateTime))
			}
		}
		return "its unbonding delay has not passed; 'umnode withdraw' with no ID says when each is due"
	},
	"WorkerInDispute": func(*chain.RevertError) string {
		return "the worker has an open dispute: the stake waits for its outcome (and its slash); withdraw after it resolves ('umnode watch' shows it)"
	},
	"NothingOwed": func(*chain.RevertError) string { return "the ledger owes this account nothing now" },
	"NothingToClaim": func(*chain.RevertError) string {
		return "this account has no unclaimed fee in that dispute (it voted on the losing side, claimed already, or the pool is empty)"
	},
	"WrongPhase": func(*chain.RevertError) string {
		return "the dispute is not in the phase that allows this; 'umnode watch' shows where it is"
	},
	"ERC20InsufficientBalance": func(*chain.RevertError) string {
		return "the account holds fewer tokens than that; 'umnode status' shows its balance"
	},
	"ERC20InsufficientAllowance": func(*chain.RevertError) string {
		return "the ledger may not pull that many tokens yet; retry (the command approves them first)"
	},
}

// explainRevert appends what to do to a decoded revert.
func explainRevert(err error) error {
	var re *chain.RevertError
	if !errors.As(err, &re) {
		return err
	}
	if h, ok := revertHints[re.Name]; ok {
		return fmt.Errorf("%w: %s", err, h(re))
	}
	return fmt.Errorf("%w: the contract refused the transaction; 'umnode status' shows the account's stake and balance", err)
}
