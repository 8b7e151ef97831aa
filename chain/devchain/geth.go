package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/google/uuid"
)

// EnvGeth names the geth binary to use; without it, FindGeth looks in PATH,
// then where `go install` puts it.
const EnvGeth = "UMNODE_GETH"

// GethInstall is how to get the geth binary the tests expect: the
// go-ethereum version go.mod pins (scripts/setup.sh runs it).
const GethInstall = "go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.10"

// ErrNoGeth means no geth binary was found.
var ErrNoGeth = errors.New("devchain: no geth binary: run scripts/setup.sh (or " + GethInstall +
	"), or set " + EnvGeth + " to a geth binary")

// FindGeth returns the geth binary named by UMNODE_GETH, else geth in PATH,
// else geth in GOBIN or the first GOPATH's bin (where go install puts it).
func FindGeth() (string, error) {
	if p := os.Getenv(EnvGeth); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("devchain: %s=%s: %w", EnvGeth, p, err)
		}
		return p, nil
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	dirs := []string{os.Getenv("GOBIN")}
	if gp := filepath.SplitList(os.Getenv("GOPATH")); len(gp) > 0 && gp[0] != "" {
		dirs = append(dirs, filepath.Join(gp[0], "bin"))
	} else if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, "go", "bin")) // go's default GOPATH
	}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		p := filepath.Join(d, "geth")
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", ErrNoGeth
}

// GethVersion runs `geth version` and returns the version it reports,
// e.g. "1.17.10-stable".
func GethVersion(ctx context.Context, bin string) (string, error) {
	out, err := exec.CommandContext(ctx, bin, "version").Output()
	if err != nil {
		return "", fmt.Errorf("devchain: %s version: %w", bin, err)
	}
	for line := range strings.Lines(string(out)) {
		if v, ok := strings.CutPrefix(line, "Version:"); ok {
			return strings.TrimSpace(v), nil
		}
	}
	return "", fmt.Errorf("devchain: %s version: no Version line in %q", bin, out)
}

// GethOptions configure an external `geth --dev` process.
type GethOptions struct {
	// Binary is the geth executable; empty: FindGeth.
	Binary string
	// DataDir holds the chain and keystore; empty: a new temporary directory,
	// removed by Stop.
	DataDir string
	// Accounts is how many dev accounts (DevKey(0..Accounts-1)) are funded;
	// 0 means 10. DevKey(0) is geth's developer account (funded in the dev
	// genesis); the others get Balance from it once the node is up.
	Accounts int
	// Balance for DevKey(1..); nil means 1000 ether.
	Balance *big.Int
	// BlockPeriod is geth's --dev.period; 0 mines a block per transaction.
	BlockPeriod time.Duration
	// Log receives geth's output; nil discards it.
	Log io.Writer
	// StartTimeout bounds the wait for the RPC endpoint; 0 means 60s.
	StartTimeout time.Duration
	// GasLimit is the genesis block gas limit; 0 means 60M, as on a
	// devchain and geth's own miner target (geth --dev alone starts at 11.5M).
	GasLimit uint64
	// ExperimentalForks keeps the experimental forks geth 1.17's --dev
	// genesis enables (Bogota: state-gas repricing that makes storage several
	// times dearer). By default StartGeth initialises the data directory with
	// geth's dev genesis minus those forks (`geth init`), so geth runs the
	// Osaka gas schedule of a devchain and of the networks umnode deploys on.
	// Ignored when DataDir already holds a chain.
	ExperimentalForks bool
}

// Geth is a running `geth --dev` process on loopback.
type Geth struct {
	URL  string // HTTP JSON-RPC endpoint
	Keys []*ecdsa.PrivateKey

	cmd     *exec.Cmd
	exited  chan error
	dir     string
	tempDir bool
}

// StartGeth starts `geth --dev` with HTTP JSON-RPC on a free loopback port,
// with DevKey(0) as its developer account, and funds the other dev accounts.
// Stop it when done.
func StartGeth(ctx context.Context, opts GethOptions) (*Geth, error) {
	bin := opts.Binary
	if bin == "" {
		var err error
		if bin, err = FindGeth(); err != nil {
			return nil, err
		}
	}
	if opts.Accounts <= 0 {
		opts.Accounts = 10
	}
	if opts.Balance == nil {
		opts.Balance = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	}
	if opts.StartTimeout <= 0 {
		opts.StartTimeout = 60 * time.Second
	}
	g := &Geth{dir: opts.DataDir, exited: make(chan error, 1)}
	if g.dir == "" {
		d, err := os.MkdirTemp("", "umnode-geth-")
		if err != nil {
			return nil, fmt.Errorf("devchain: geth data dir: %w", err)
		}
		g.dir, g.tempDir = d, true
	}
	for i := range opts.Accounts {
		g.Keys = append(g.Keys, DevKey(i))
	}
	// geth --dev adopts the first keystore account as its developer account.
	if err := writeDevKeystore(filepath.Join(g.dir, "keystore"), g.Keys[0]); err != nil {
		g.cleanup()
		return nil, err
	}
	if err := initGenesis(ctx, bin, g.dir, opts); err != nil {
		g.cleanup()
		return nil, err
	}
	pwFile := filepath.Join(g.dir, "password")
	if err := os.WriteFile(pwFile, nil, 0o600); err != nil {
		g.cleanup()
		return nil, fmt.Errorf("devchain: geth password file: %w", err)
	}
	// Ports are picked free, then bound by geth: another process can take
	// one in between (geth then exits, and its RPC port may even answer for
	// another dev geth). waitReady notices the exit; try fresh ports.
	for attempt := 1; ; attempt++ {
		err := g.start(ctx, bin, pwFile, opts)
		if err == nil {
			break
		}
		if errors.Is(err, errGethExited) && attempt < 3 {
			continue
		}
		g.Stop()
		return nil, err
	}
	if err := g.fund(ctx, opts.Balance); err != nil {
		g.Stop()
		return nil, err
	}
	return g, nil
}

// errGethExited says the geth process ended while StartGeth waited for it.
var errGethExited = errors.New("devchain: geth exited")

// start runs one geth process on fresh ports and waits for its RPC.
func (g *Geth) start(ctx context.Context, bin, pwFile string, opts GethOptions) error {
	httpPort, err1 := freePort()
	authPort, err2 := freePort()
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	args := []string{
		"--dev", "--dev.period", strconv.Itoa(int(opts.BlockPeriod / time.Second)),
		"--datadir", g.dir, "--password", pwFile,
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort),
		"--http.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--verbosity", "2",
	}
	g.cmd = exec.Command(bin, args...)
	if opts.Log != nil {
		g.cmd.Stdout, g.cmd.Stderr = opts.Log, opts.Log
	}
	if err := g.cmd.Start(); err != nil {
		return fmt.Errorf("devchain: start %s: %w", bin, err)
	}
	g.exited = make(chan error, 1)
	go func() { g.exited <- g.cmd.Wait() }()
	g.URL = "http://127.0.0.1:" + strconv.Itoa(httpPort)

	return g.waitReady(ctx, opts.StartTimeout)
}

// DevGenesis is the genesis `geth --dev` makes for DevKey(0) as its
// developer account, with the given block gas limit, and without the
// experimental forks (Amsterdam, Bogota) unless experimental is set.
func DevGenesis(gasLimit uint64, experimental bool) *core.Genesis {
	dev := DevAddress(0)
	g := core.DeveloperGenesisBlock(gasLimit, &dev)
	if !experimental {
		cfg := *g.Config
		cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
		g.Config = &cfg
	}
	return g
}

// initGenesis writes DevGenesis into dir with `geth init`, unless dir
// already holds a chain (geth --dev then keeps it).
func initGenesis(ctx context.Context, bin, dir string, opts GethOptions) error {
	if _, err := os.Stat(filepath.Join(dir, "geth", "chaindata")); err == nil {
		return nil
	}
	gasLimit := opts.GasLimit
	if gasLimit == 0 {
		gasLimit = 60_000_000
	}
	data, err := json.Marshal(DevGenesis(gasLimit, opts.ExperimentalForks))
	if err != nil {
		return fmt.Errorf("devchain: geth genesis: %w", err)
	}
	file := filepath.Join(dir, "genesis.json")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		return fmt.Errorf("devchain: geth genesis: %w", err)
	}
	out, err := exec.CommandContext(ctx, bin, "init", "--datadir", dir, file).CombinedOutput()
	if err != nil {
		return fmt.Errorf("devchain: %s init %s: %w\n%s", bin, file, err, out)
	}
	return nil
}

func writeDevKeystore(dir string, key *ecdsa.PrivateKey) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("devchain: geth keystore: %w", err)
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	data, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: key}, "", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return fmt.Errorf("devchain: geth keystore: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "dev-"+addr.Hex()+".json"), data, 0o600)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devchain: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (g *Geth) waitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		cl, err := ethclient.DialContext(ctx, g.URL)
		if err == nil {
			id, err := cl.ChainID(ctx)
			cl.Close()
			if err == nil {
				if id.Uint64() != ChainID {
					return fmt.Errorf("devchain: geth --dev serves chain ID %s, want %d", id, ChainID)
				}
				// A geth that could not bind its ports exits at once; what
				// answered may be another process on that port.
				select {
				case err := <-g.exited:
					g.exited <- err
					return fmt.Errorf("%w right after its RPC answered (port taken by another process?): %v", errGethExited, err)
				case <-time.After(500 * time.Millisecond):
				}
				return nil
			}
		}
		select {
		case err := <-g.exited:
			g.exited <- err
			return fmt.Errorf("%w before its RPC came up: %v (pass GethOptions.Log to see why)", errGethExited, err)
		case <-ctx.Done():
			return fmt.Errorf("devchain: geth RPC at %s not up after %v", g.URL, timeout)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// fund sends balance from DevKey(0) to every other dev account and waits
// until all are mined.
func (g *Geth) fund(ctx context.Context, balance *big.Int) error {
	if len(g.Keys) < 2 {
		return nil
	}
	cl, err := ethclient.DialContext(ctx, g.URL)
	if err != nil {
		return fmt.Errorf("devchain: geth: %w", err)
	}
	defer cl.Close()
	from := crypto.PubkeyToAddress(g.Keys[0].PublicKey)
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("devchain: geth: nonce of %s: %w", from, err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("devchain: geth: tip: %w", err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("devchain: geth: head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	var last common.Hash
	for i, k := range g.Keys[1:] {
		to := crypto.PubkeyToAddress(k.PublicKey)
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: big.NewInt(ChainID), Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: 21000, To: &to, Value: balance,
		}), signer, g.Keys[0])
		if err != nil {
			return err
		}
		if err := cl.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("devchain: geth: fund %s: %w", to, err)
		}
		last = tx.Hash()
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		r, err := cl.TransactionReceipt(ctx, last)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("devchain: geth: funding tx %s failed", last)
			}
			return nil
		}
		// NotFound until mined; right after start geth also answers
		// "transaction indexing is in progress" for a while.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return fmt.Errorf("devchain: geth: funding receipt: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devchain: geth: funding tx %s not mined: %w (last: %v)", last, ctx.Err(), err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Stop interrupts geth, kills it if it has not exited after 10s, and removes
// a temporary data directory.
func (g *Geth) Stop() error {
	var err error
	if g.cmd != nil && g.cmd.Process != nil {
		_ = g.cmd.Process.Signal(syscall.SIGINT)
		select {
		case err = <-g.exited:
		case <-time.After(10 * time.Second):
			_ = g.cmd.Process.Kill()
			err = <-g.exited
		}
		g.exited <- err // for a second Stop
		g.cmd = nil
	}
	g.cleanup()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		err = nil // an interrupted geth exits non-zero at times; that's a stop, not a failure
	}
	return err
}

func (g *Geth) cleanup() {
	if g.tempDir && g.dir != "" {
		os.RemoveAll(g.dir)
		g.dir = ""
	}
}
