package node

import "github.com/unstoppable-models/umnode/p2p/store"

// SetRetention changes the checkpoint retention policy for a test; call the
// returned function to restore it. Not safe while nodes run.
func SetRetention(keep, gc int) (restore func()) {
	k, g := keepPins, gcEvery
	keepPins, gcEvery = keep, gc
	return func() { keepPins, gcEvery = k, g }
}

// Store exposes the node's checkpoint store to tests.
func (n *Node) Store() *store.Store { return n.store }

// JournalParents opens the journal at path and returns how many parents it
// knows, for the fuzz target.
func JournalParents(path string) (int, error) {
	j, err := openJournal(path)
	if err != nil {
		return 0, err
	}
	defer j.close()
	return len(j.byPar), nil
}
