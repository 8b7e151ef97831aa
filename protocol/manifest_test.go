package protocol_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/unstoppable-models/umnode/protocol"
)

func sampleManifest() *protocol.Manifest {
	return &protocol.Manifest{
		Name:           "mnist-mlp-784-128-10",
		Model:          protocol.ModelSpec{Arch: protocol.ArchMLP, Widths: []uint32{784, 128, 10}},
		InitSeed:       42,
		Dataset:        protocol.DatasetSpec{Name: "mnist", ContentHash: protocol.Hash{9}, TrainCount: 60000, TestCount: 10000},
		Optimizer:      protocol.OptimizerSpec{Kind: protocol.OptimizerSGD, LearningRate: 0.1, Momentum: 0.9},
		BatchSize:      32,
		StepsPerUpdate: 64,
		Eval:           protocol.EvalSpec{Offset: 0, Count: 1000},
	}
}

func TestManifest_RoundTrip(t *testing.T) {
	m := sampleManifest()
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := protocol.DecodeManifest(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := got.Encode()
	if !bytes.Equal(b, b2) {
		t.Fatal("re-encoding differs")
	}
	id1, _ := m.ID()
	id2, _ := got.ID()
	if id1 != id2 {
		t.Fatal("IDs differ after a round trip")
	}
	m.InitSeed++
	if id3, _ := m.ID(); id3 == id1 {
		t.Fatal("ID does not depend on the seed")
	}
}

func TestManifest_DecodeRejects(t *testing.T) {
	good, _ := sampleManifest().Encode()
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), good[4:]...),
		"truncated": good[:len(good)-1],
		"trailing":  append(append([]byte(nil), good...), 0),
		"huge":      make([]byte, protocol.MaxManifestBytes+1),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := protocol.DecodeManifest(b); !errors.Is(err, protocol.ErrBadManifest) {
				t.Fatalf("got %v, want ErrBadManifest", err)
			}
		})
	}
}

func TestManifest_Validate(t *testing.T) {
	cases := map[string]func(*protocol.Manifest){
		"arch":       func(m *protocol.Manifest) { m.Model.Arch = "cnn" },
		"one width":  func(m *protocol.Manifest) { m.Model.Widths = []uint32{784} },
		"zero width": func(m *protocol.Manifest) { m.Model.Widths[1] = 0 },
		"lr":         func(m *protocol.Manifest) { m.Optimizer.LearningRate = 0 },
		"momentum":   func(m *protocol.Manifest) { m.Optimizer.Momentum = 1 },
		"batch":      func(m *protocol.Manifest) { m.BatchSize = 0 },
		"k":          func(m *protocol.Manifest) { m.StepsPerUpdate = 0 },
		"eval":       func(m *protocol.Manifest) { m.Eval.Count = 10001 },
		"name":       func(m *protocol.Manifest) { m.Name = "" },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			m := sampleManifest()
			f(m)
			if err := m.Validate(); !errors.Is(err, protocol.ErrBadManifest) {
				t.Fatalf("got %v, want ErrBadManifest", err)
			}
		})
	}
}

func FuzzDecodeManifest(f *testing.F) {
	good, _ := sampleManifest().Encode()
	f.Add(good)
	f.Add(good[:10])
	f.Add([]byte("UMM1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := protocol.DecodeManifest(b)
		if err != nil {
			return
		}
		// Whatever decodes must re-encode to the same bytes: one encoding per manifest.
		again, err := m.Encode()
		if err != nil {
			t.Fatalf("decoded manifest does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("non-canonical encoding accepted")
		}
	})
}
