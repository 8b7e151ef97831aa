package node_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/unstoppable-models/umnode/node"
	"github.com/unstoppable-models/umnode/protocol"
	"github.com/unstoppable-models/umnode/train"
	"github.com/unstoppable-models/umnode/train/dataset"
)

func testDeployment(t testing.TB) *node.Deployment {
	t.Helper()
	tr := dataset.Synthetic(64, 8, 3, 1)
	te := dataset.Synthetic(16, 8, 3, 2)
	m := train.DefaultManifest(tr, te)
	m.Model.Widths = []uint32{8, 3}
	m.BatchSize = 8
	m.StepsPerUpdate = 4
	m.Eval = protocol.EvalSpec{Offset: 0, Count: 16}
	enc, err := m.Encode()
	if err != nil {
		t.Fatalf("encode manifest: %v", err)
	}
	id, err := m.ID()
	if err != nil {
		t.Fatalf("manifest ID: %v", err)
	}
	return &node.Deployment{
		ChainID:      1337,
		Token:        common.HexToAddress("0x01"),
		Ledger:       common.HexToAddress("0x02"),
		Disputes:     common.HexToAddress("0x03"),
		RunID:        id,
		Manifest:     enc,
		GenesisCID:   "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
		GenesisState: protocol.Keccak256([]byte("genesis")),
		StartBlock:   7,
	}
}

func TestDeployment_RoundTrip(t *testing.T) {
	d := testDeployment(t)
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.WriteFile(path); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	got, err := node.LoadDeployment(path)
	if err != nil {
		t.Fatalf("LoadDeployment: %v", err)
	}
	if got.ChainID != d.ChainID || got.Ledger != d.Ledger || got.RunID != d.RunID ||
		got.GenesisCID != d.GenesisCID || got.GenesisState != d.GenesisState ||
		got.StartBlock != d.StartBlock || string(got.Manifest) != string(d.Manifest) {
		t.Fatalf("LoadDeployment = %+v, want %+v", got, d)
	}
	if _, err := got.DecodeManifest(); err != nil {
		t.Fatalf("DecodeManifest: %v", err)
	}
}

func TestDeployment_RejectsBadFields(t *testing.T) {
	cases := map[string]struct {
		mut  func(d *node.Deployment)
		want string
	}{
		"wrong run ID": {func(d *node.Deployment) { d.RunID[0] ^= 1 }, "not run_id"},
		"no manifest":  {func(d *node.Deployment) { d.Manifest = nil }, "manifest is empty"},
		"bad manifest": {func(d *node.Deployment) { d.Manifest = d.Manifest[:10] }, "manifest"},
		"zero ledger":  {func(d *node.Deployment) { d.Ledger = common.Address{} }, "ledger address is zero"},
		"same address": {func(d *node.Deployment) { d.Disputes = d.Token }, "must differ"},
		"zero chain":   {func(d *node.Deployment) { d.ChainID = 0 }, "chain_id"},
		"bad CID":      {func(d *node.Deployment) { d.GenesisCID = "nope" }, "genesis_cid"},
		"zero genesis": {func(d *node.Deployment) { d.GenesisState = protocol.Hash{} }, "genesis_state"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			d := testDeployment(t)
			c.mut(d)
			err := d.WriteFile(filepath.Join(t.TempDir(), "d.json"))
			if !errors.Is(err, node.ErrDeployment) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("WriteFile error = %v, want ErrDeployment mentioning %q", err, c.want)
			}
		})
	}
}

func TestLoadDeployment_UnknownKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	if err := os.WriteFile(path, []byte(`{"chain_id": 1, "ledgr": "0x02"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := node.LoadDeployment(path)
	if !errors.Is(err, node.ErrDeployment) || !strings.Contains(err.Error(), "ledgr") {
		t.Fatalf("LoadDeployment error = %v, want ErrDeployment naming the unknown key", err)
	}
}

func FuzzLoadDeployment(f *testing.F) {
	d := testDeployment(f)
	dir := f.TempDir()
	good := filepath.Join(dir, "good.json")
	if err := d.WriteFile(good); err != nil {
		f.Fatal(err)
	}
	b, err := os.ReadFile(good)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"manifest": "0x00"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "d.json")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := node.LoadDeployment(path)
		if err != nil {
			return
		}
		// Whatever loads must be self-consistent and survive a round trip.
		m, err := got.DecodeManifest()
		if err != nil {
			t.Fatalf("loaded deployment has a bad manifest: %v", err)
		}
		if id, _ := m.ID(); id != got.RunID {
			t.Fatalf("run ID %s, manifest hashes to %s", got.RunID, id)
		}
		again := filepath.Join(t.TempDir(), "again.json")
		if err := got.WriteFile(again); err != nil {
			t.Fatalf("re-write of a loaded deployment: %v", err)
		}
	})
}
