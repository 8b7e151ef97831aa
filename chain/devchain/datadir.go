package devchain

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
)

// dataDirName is the go-ethereum node name, and so the folder under
// Options.DataDir that holds the chain database.
const dataDirName = "devchain"

// storedHead reads the head block hash of the chain kept in dataDir, or the
// zero hash when there is none yet. It must run before the backend opens the
// database: go-ethereum's simulated backend rewinds its chain to genesis when
// it starts, so the head is read first and restored by resume.
func storedHead(dataDir string) (common.Hash, error) {
	path := filepath.Join(dataDir, dataDirName, "chaindata")
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return common.Hash{}, nil
	}
	db, err := pebble.New(path, 16, 16, "", true)
	if err != nil {
		return common.Hash{}, fmt.Errorf("devchain: open chain database %s: %w (is another process using it?)", path, err)
	}
	defer db.Close()
	return rawdb.ReadHeadBlockHash(db), nil
}

// resume makes head, read by storedHead, the chain's head again. A zero head
// (a new chain) or the genesis block leaves the chain as it is.
func (c *Chain) resume(head common.Hash) error {
	if head == (common.Hash{}) {
		return nil
	}
	// The rewind to genesis put the stored blocks' transactions back in the
	// pool, and Fork refuses a pool with pending transactions: drop them
	// (they are in the blocks being restored) once the pool has settled.
	var err error
	for range 5 {
		c.backend.Rollback()
		if err = c.backend.Fork(head); err == nil {
			return nil
		}
	}
	return fmt.Errorf("devchain: continue the stored chain at block %s: %w", head, err)
}
