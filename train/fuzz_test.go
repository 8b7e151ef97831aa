package train_test

import (
	"bytes"
	"testing"

	"github.com/unstoppable-models/umnode/train/checkpoint"
)

// FuzzStateFrom feeds arbitrary files through checkpoint.Decode and
// Trainer.StateFrom, the path every fetched state takes before a replay: it
// must never panic, and whatever it accepts must re-encode to the same bytes
// (so its state hash is the hash of the file) and be trainable.
func FuzzStateFrom(f *testing.F) {
	tn := synthTrainer(f, []uint32{6, 4, 3}, 0.9)
	s := tn.Init()
	good, err := tn.Encode(s)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-4])
	tn.Step(s)
	next, _ := tn.Encode(s)
	f.Add(next)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := checkpoint.Decode(b)
		if err != nil {
			return
		}
		st, err := tn.StateFrom(c)
		if err != nil {
			return
		}
		again, err := tn.Encode(st)
		if err != nil {
			t.Fatalf("accepted state does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("accepted file re-encodes to different bytes (%d vs %d)", len(again), len(b))
		}
		tn.Step(st)
	})
}
