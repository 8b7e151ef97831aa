package store

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
)

// ReasonLocal is the pin Import and Fetch put on their root, so that a GC
// running before the caller pins for its own reasons keeps the checkpoint.
// Unpin it once the checkpoint is pinned for what it is (say "pending:<id>").
const ReasonLocal = "local"

var reasonRE = regexp.MustCompile(`^[A-Za-z0-9._:@-]{1,128}$`)

// pinPrefix holds one key per (root, reason): /pins/<cid>/<reason>.
var pinPrefix = ds.NewKey("/pins")

func pinKey(c cid.Cid, reason string) ds.Key {
	return pinPrefix.ChildString(c.String()).ChildString(reason)
}

// Pin keeps the DAG under c through GC for the given reason (letters,
// digits and ._:@- only, e.g. "pending:0x12ab..."). A root stays while it
// has any reason; pinning twice with the same reason is a no-op. The blocks
// need not be present yet.
func (s *Store) Pin(ctx context.Context, c cid.Cid, reason string) error {
	end, err := s.begin()
	if err != nil {
		return err
	}
	defer end()
	if err := s.pinLocked(ctx, c, reason); err != nil {
		return fmt.Errorf("p2p/store: pin %s (%s): %w", c, reason, err)
	}
	return nil
}

func (s *Store) pinLocked(ctx context.Context, c cid.Cid, reason string) error {
	if err := checkCID(c); err != nil {
		return err
	}
	if !reasonRE.MatchString(reason) {
		return fmt.Errorf("bad pin reason %q: use 1-128 of A-Z a-z 0-9 . _ : @ -", reason)
	}
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	return s.ds.Put(ctx, pinKey(c, reason), nil)
}

// Unpin removes one reason from c. Unpinning a reason c does not have is a
// no-op. The blocks stay until GC.
func (s *Store) Unpin(ctx context.Context, c cid.Cid, reason string) error {
	end, err := s.begin()
	if err != nil {
		return err
	}
	defer end()
	if err := checkCID(c); err != nil {
		return fmt.Errorf("p2p/store: unpin %s: %w", c, err)
	}
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if err := s.ds.Delete(ctx, pinKey(c, reason)); err != nil && !errors.Is(err, ds.ErrNotFound) {
		return fmt.Errorf("p2p/store: unpin %s (%s): %w", c, reason, err)
	}
	return nil
}

// Pins returns every pinned root with its reasons, sorted.
func (s *Store) Pins(ctx context.Context) (map[cid.Cid][]string, error) {
	end, err := s.begin()
	if err != nil {
		return nil, err
	}
	defer end()
	return s.pinsLocked(ctx)
}

func (s *Store) pinsLocked(ctx context.Context) (map[cid.Cid][]string, error) {
	res, err := s.ds.Query(ctx, query.Query{Prefix: pinPrefix.String(), KeysOnly: true})
	if err != nil {
		return nil, fmt.Errorf("p2p/store: list pins: %w", err)
	}
	defer res.Close()
	out := map[cid.Cid][]string{}
	for r := range res.Next() {
		if r.Error != nil {
			return nil, fmt.Errorf("p2p/store: list pins: %w", r.Error)
		}
		parts := strings.Split(strings.TrimPrefix(r.Key, pinPrefix.String()+"/"), "/")
		if len(parts) != 2 {
			return nil, fmt.Errorf("p2p/store: list pins: bad key %q", r.Key)
		}
		c, err := cid.Decode(parts[0])
		if err != nil {
			return nil, fmt.Errorf("p2p/store: list pins: key %q: %w", r.Key, err)
		}
		out[c] = append(out[c], parts[1])
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out, nil
}

// GCResult says what a GC did.
type GCResult struct {
	Kept, Removed int   // blocks
	Freed         int64 // bytes of removed blocks
	Took          time.Duration
}

// GC deletes every block that no pinned root reaches. It waits for running
// imports and fetches and blocks new ones until it is done.
func (s *Store) GC(ctx context.Context) (GCResult, error) {
	start := time.Now()
	s.closeMu.RLock()
	defer s.closeMu.RUnlock()
	if s.closed {
		return GCResult{}, ErrClosed
	}
	s.gcMu.Lock()
	defer s.gcMu.Unlock()

	pins, err := s.pinsLocked(ctx)
	if err != nil {
		return GCResult{}, err
	}
	live := map[string]struct{}{}
	for root := range pins {
		err := s.walkLocal(ctx, root, false, func(c cid.Cid, _ node) error {
			live[string(c.Hash())] = struct{}{}
			return nil
		}, func(cid.Cid) error { return nil }) // partially fetched pins keep what they have
		if err != nil {
			return GCResult{}, fmt.Errorf("p2p/store: gc: walk pin %s: %w", root, err)
		}
	}
	keys, err := s.bstore.AllKeysChan(ctx)
	if err != nil {
		return GCResult{}, fmt.Errorf("p2p/store: gc: list blocks: %w", err)
	}
	var res GCResult
	var dead []cid.Cid
	for k := range keys {
		if _, ok := live[string(k.Hash())]; ok {
			res.Kept++
			continue
		}
		dead = append(dead, k)
	}
	if err := ctx.Err(); err != nil {
		return GCResult{}, fmt.Errorf("p2p/store: gc: %w", err)
	}
	for _, k := range dead {
		if sz, err := s.bstore.GetSize(ctx, k); err == nil {
			res.Freed += int64(sz)
		}
		if err := s.bstore.DeleteBlock(ctx, k); err != nil {
			return res, fmt.Errorf("p2p/store: gc: delete %s: %w", k, err)
		}
		res.Removed++
	}
	if n, err := s.bstore.pruneFiles(ctx); err != nil {
		s.log.Warn("gc: remove unreferenced checkpoint files", "err", err)
	} else if n > 0 {
		s.log.Debug("gc: removed unreferenced checkpoint files", "bytes", n)
	}
	s.flushBlocks()
	res.Took = time.Since(start)
	s.log.Info("gc done", "kept", res.Kept, "removed", res.Removed, "freed", res.Freed, "took", res.Took)
	return res, nil
}

// Provide announces c to Routing now (no-op without Routing).
func (s *Store) Provide(ctx context.Context, c cid.Cid) error {
	if s.cfg.Routing == nil {
		return nil
	}
	if err := s.cfg.Routing.Provide(ctx, c, true); err != nil {
		return fmt.Errorf("p2p/store: provide %s: %w", c, err)
	}
	return nil
}

func (s *Store) provideAsync(c cid.Cid) {
	if s.cfg.Routing == nil {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		ctx, cancel := context.WithTimeout(s.ctx, time.Minute)
		defer cancel()
		if err := s.Provide(ctx, c); err != nil && s.ctx.Err() == nil {
			s.log.Warn("provide failed; peers will find the checkpoint through gossip and bitswap only", "cid", c, "err", err)
		}
	}()
}

func (s *Store) reprovideLoop() {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.ReprovideInterval)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
		}
		pins, err := s.Pins(s.ctx)
		if err != nil {
			continue
		}
		for c := range pins {
			ctx, cancel := context.WithTimeout(s.ctx, time.Minute)
			if err := s.Provide(ctx, c); err != nil {
				s.log.Debug("reprovide", "cid", c, "err", err)
			}
			cancel()
		}
	}
}
