package node

import (
	"encoding/json"
	"fmt"
	"path/filepath"
)

// DevnetEndpoints is what a program outside Go needs to use a running
// devnet: 'umnode devnet --endpoints FILE' writes it as JSON once the swarm
// is up. Field names are stable; paths are absolute.
type DevnetEndpoints struct {
	RPCURL     string `json:"rpc_url"` // HTTP JSON-RPC, with the port actually bound
	WSURL      string `json:"ws_url,omitempty"`
	ChainID    uint64 `json:"chain_id"`
	Embedded   bool   `json:"embedded"` // the devnet's own chain, not --rpc
	Resumed    bool   `json:"resumed"`  // an earlier devnet in Dir was continued
	Dir        string `json:"dir"`
	Deployment string `json:"deployment"` // deployment.json
	RunID      string `json:"run_id"`
	GenesisCID string `json:"genesis_cid"`
	SwarmKey   string `json:"swarm_key"`
	// SeedPeers are the seed peer's multiaddrs with /p2p/<id>: a private
	// swarm's bootstrap list.
	SeedPeers []string             `json:"seed_peers"`
	Nodes     []DevnetEndpointNode `json:"nodes"`
}

// DevnetEndpointNode is one node of DevnetEndpoints.
type DevnetEndpointNode struct {
	Name    string `json:"name"` // node-<i>
	Address string `json:"address"`
	Roles   []Role `json:"roles"`
	Faulty  bool   `json:"faulty,omitempty"`
	// Spare configs are funded, registered workers nobody runs; Started
	// nodes run inside the devnet and answer on StatusSocket.
	Spare        bool   `json:"spare"`
	Started      bool   `json:"started"`
	Config       string `json:"config"`
	DataDir      string `json:"data_dir"`
	StatusSocket string `json:"status_socket"` // see APISocketPath
}

// Endpoints describes the started devnet.
func (d *Devnet) Endpoints() (DevnetEndpoints, error) {
	e := DevnetEndpoints{
		RPCURL: d.url, ChainID: d.chainID, Embedded: d.chain != nil, Resumed: d.resumed, Dir: d.dir,
		Deployment: filepath.Join(d.dir, "deployment.json"), SwarmKey: filepath.Join(d.dir, "swarm.key"),
		SeedPeers: d.seedAddrs, Nodes: []DevnetEndpointNode{},
	}
	if d.chain != nil {
		e.WSURL = d.chain.WSURL()
	}
	if d.deployment != nil {
		e.RunID, e.GenesisCID = d.deployment.RunID.Hex(), d.deployment.GenesisCID
	}
	for _, n := range d.nodes {
		dataDir := filepath.Join(d.dir, n.Name)
		sock, err := APISocketPath(dataDir)
		if err != nil {
			return DevnetEndpoints{}, fmt.Errorf("devnet: %s: %w", n.Name, err)
		}
		e.Nodes = append(e.Nodes, DevnetEndpointNode{
			Name: n.Name, Address: n.Address.Hex(), Roles: n.Roles, Faulty: n.Faulty, Spare: n.Spare, Started: n.Started,
			Config: n.ConfigPath, DataDir: dataDir, StatusSocket: sock,
		})
	}
	return e, nil
}

// WriteEndpoints writes Endpoints as JSON to path, atomically (a temporary
// file renamed into place): a reader waiting for the file never sees half
// of it.
func (d *Devnet) WriteEndpoints(path string) error {
	e, err := d.Endpoints()
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return fmt.Errorf("devnet: encode endpoints: %w", err)
	}
	if err := devnetWriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("devnet: endpoints: %w", err)
	}
	return nil
}
