package protocol_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/unstoppable-models/umnode/protocol"
)

var testDomain = protocol.Domain{ChainID: 1337, VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

func testKey(t testing.TB, seed byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testCID(t testing.TB) []byte {
	t.Helper()
	c, err := cid.V1Builder{Codec: cid.DagProtobuf, MhType: multihash.SHA2_256}.Sum([]byte("checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	return c.Bytes()
}

func sampleAnnouncement(t testing.TB, worker common.Address) *protocol.UpdateAnnouncement {
	a := &protocol.UpdateAnnouncement{
		RunID:        protocol.Hash{1},
		Parent:       protocol.Hash{2},
		StateHash:    protocol.Hash{3},
		TraceRoot:    protocol.Hash{4},
		CID:          testCID(t),
		Worker:       worker,
		Step:         640,
		EvalLoss:     1_234_567,
		EvalAccuracy: 9712,
		Timestamp:    1_790_000_000,
	}
	a.UpdateID = a.Update().ID()
	return a
}

// sampleMessages has one valid message of every kind, all authored by key's address.
func sampleMessages(t testing.TB, key *ecdsa.PrivateKey) []protocol.Message {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	return []protocol.Message{
		sampleAnnouncement(t, addr),
		&protocol.WorkClaim{RunID: protocol.Hash{1}, Parent: protocol.Hash{2}, Worker: addr, Expires: 1_790_000_600},
		&protocol.ChallengeNotice{RunID: protocol.Hash{1}, UpdateID: protocol.Hash{5}, Challenger: addr, TraceRoot: protocol.Hash{6}, Timestamp: 7},
		&protocol.BisectionMove{RunID: protocol.Hash{1}, DisputeID: protocol.Hash{8}, Index: 32, StateHash: protocol.Hash{9}, Mover: addr, Timestamp: 10},
		&protocol.VoteNotice{RunID: protocol.Hash{1}, DisputeID: protocol.Hash{8}, Index: 31, StateHash: protocol.Hash{9}, SupportsWorker: true, Voter: addr, Timestamp: 11},
	}
}

func TestEnvelope_RoundTripAndVerify(t *testing.T) {
	key := testKey(t, 7)
	want := crypto.PubkeyToAddress(key.PublicKey)
	for _, m := range sampleMessages(t, key) {
		t.Run(m.Kind().String(), func(t *testing.T) {
			env, err := protocol.Sign(testDomain, m, key)
			if err != nil {
				t.Fatal(err)
			}
			b := env.Encode()
			got, err := protocol.DecodeEnvelope(b)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Encode(), b) {
				t.Fatal("re-encoding differs")
			}
			if got.Msg.StructHash() != m.StructHash() {
				t.Fatal("struct hash changed in a round trip")
			}
			signer, err := got.Verify(testDomain)
			if err != nil {
				t.Fatal(err)
			}
			if signer != want {
				t.Fatalf("got signer %s, want %s", signer, want)
			}
			// Another chain or another ledger: the signature must not carry over.
			for _, d := range []protocol.Domain{
				{ChainID: 2442, VerifyingContract: testDomain.VerifyingContract},
				{ChainID: testDomain.ChainID, VerifyingContract: common.Address{1}},
			} {
				if _, err := got.Verify(d); !errors.Is(err, protocol.ErrBadSignature) {
					t.Fatalf("verify in domain %+v: got %v, want ErrBadSignature", d, err)
				}
			}
		})
	}
}

func TestSign_WrongKey(t *testing.T) {
	m := sampleAnnouncement(t, crypto.PubkeyToAddress(testKey(t, 1).PublicKey))
	if _, err := protocol.Sign(testDomain, m, testKey(t, 2)); err == nil {
		t.Fatal("signing someone else's announcement succeeded")
	}
}

func TestEnvelope_VerifyRejectsForgedAuthor(t *testing.T) {
	key := testKey(t, 3)
	env, err := protocol.Sign(testDomain, &protocol.WorkClaim{RunID: protocol.Hash{1}, Parent: protocol.Hash{2}, Worker: crypto.PubkeyToAddress(key.PublicKey), Expires: 9}, key)
	if err != nil {
		t.Fatal(err)
	}
	env.Msg.(*protocol.WorkClaim).Worker = common.Address{0xbb}
	if _, err := env.Verify(testDomain); !errors.Is(err, protocol.ErrBadSignature) {
		t.Fatalf("got %v, want ErrBadSignature", err)
	}
}

func TestDecodeEnvelope_Rejects(t *testing.T) {
	key := testKey(t, 9)
	env, err := protocol.Sign(testDomain, sampleAnnouncement(t, crypto.PubkeyToAddress(key.PublicKey)), key)
	if err != nil {
		t.Fatal(err)
	}
	good := env.Encode()
	mod := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	vote, _ := protocol.Sign(testDomain, sampleMessages(t, key)[4], key)
	voteBytes := vote.Encode()
	boolAt := 2 + 32 + 32 + 4 + 32

	// high-s twin of a valid signature: s' = n - s, v flipped. ecrecover
	// accepts it; we do not, so a message has one encoding.
	n := crypto.S256().Params().N
	highS := mod(func(b []byte) []byte {
		sig := b[len(b)-65:]
		s := new(big.Int).SetBytes(sig[32:64])
		new(big.Int).Sub(n, s).FillBytes(sig[32:64])
		sig[64] ^= 1 // 27 <-> 28
		return b
	})

	cases := map[string][]byte{
		"empty":          nil,
		"short":          good[:40],
		"version":        mod(func(b []byte) []byte { b[0] = 2; return b }),
		"kind zero":      mod(func(b []byte) []byte { b[1] = 0; return b }),
		"kind unknown":   mod(func(b []byte) []byte { b[1] = 99; return b }),
		"truncated":      append(append([]byte(nil), good[:len(good)-66]...), good[len(good)-65:]...),
		"trailing":       append(mod(func(b []byte) []byte { return b }), 0),
		"oversize":       make([]byte, protocol.MaxEnvelopeBytes+1),
		"v=0":            mod(func(b []byte) []byte { b[len(b)-1] = 0; return b }),
		"r=0":            mod(func(b []byte) []byte { clear(b[len(b)-65 : len(b)-33]); return b }),
		"high s":         highS,
		"update id":      mod(func(b []byte) []byte { b[2+32] ^= 1; return b }),
		"bool=2":         func() []byte { b := append([]byte(nil), voteBytes...); b[boolAt] = 2; return b }(),
		"cid length":     mod(func(b []byte) []byte { b[2+5*32] = 0xff; return b }),
		"cid bad prefix": mod(func(b []byte) []byte { b[2+5*32+2] = 0x00; return b }),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := protocol.DecodeEnvelope(b); !errors.Is(err, protocol.ErrBadMessage) {
				t.Fatalf("got %v, want ErrBadMessage", err)
			}
		})
	}
	if _, err := protocol.DecodeEnvelope(good); err != nil {
		t.Fatalf("the unmodified envelope fails: %v", err)
	}
}

func TestUpdateAnnouncement_Validate(t *testing.T) {
	cases := map[string]func(*protocol.UpdateAnnouncement){
		"zero worker": func(a *protocol.UpdateAnnouncement) { a.Worker = common.Address{}; a.UpdateID = a.Update().ID() },
		"zero parent": func(a *protocol.UpdateAnnouncement) { a.Parent = protocol.Hash{}; a.UpdateID = a.Update().ID() },
		"accuracy":    func(a *protocol.UpdateAnnouncement) { a.EvalAccuracy = 10001 },
		"step":        func(a *protocol.UpdateAnnouncement) { a.Step = 0 },
		"cid v0":      func(a *protocol.UpdateAnnouncement) { a.CID = []byte{0x12, 0x20}; a.UpdateID = a.Update().ID() },
		"update id":   func(a *protocol.UpdateAnnouncement) { a.StateHash[0]++ },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			a := sampleAnnouncement(t, common.Address{0xaa})
			f(a)
			if err := a.Validate(); !errors.Is(err, protocol.ErrBadMessage) {
				t.Fatalf("got %v, want ErrBadMessage", err)
			}
		})
	}
}

// TestStructHash_MatchesAPITypes cross-checks the hand-rolled EIP-712
// hashing with go-ethereum's generic implementation, for the domain and for
// the two structs with the trickiest encodings (dynamic bytes; bool).
func TestStructHash_MatchesAPITypes(t *testing.T) {
	key := testKey(t, 5)
	msgs := sampleMessages(t, key)
	ann := msgs[0].(*protocol.UpdateAnnouncement)
	vote := msgs[4].(*protocol.VoteNotice)
	domainFields := []apitypes.Type{
		{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
	}
	domain := apitypes.TypedDataDomain{
		Name: protocol.DomainName, Version: protocol.DomainVersion,
		ChainId:           math.NewHexOrDecimal256(int64(testDomain.ChainID)),
		VerifyingContract: testDomain.VerifyingContract.Hex(),
	}
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	cases := []struct {
		msg     protocol.Message
		typeStr string
		fields  []apitypes.Type
		values  apitypes.TypedDataMessage
	}{
		{
			msg: ann, typeStr: protocol.UpdateAnnouncementType,
			fields: []apitypes.Type{
				{Name: "runId", Type: "bytes32"}, {Name: "updateId", Type: "bytes32"}, {Name: "parent", Type: "bytes32"},
				{Name: "stateHash", Type: "bytes32"}, {Name: "traceRoot", Type: "bytes32"}, {Name: "cid", Type: "bytes"},
				{Name: "worker", Type: "address"}, {Name: "step", Type: "uint64"}, {Name: "evalLoss", Type: "uint64"},
				{Name: "evalAccuracy", Type: "uint32"}, {Name: "timestamp", Type: "uint64"},
			},
			values: apitypes.TypedDataMessage{
				"runId": ann.RunID.Hex(), "updateId": ann.UpdateID.Hex(), "parent": ann.Parent.Hex(),
				"stateHash": ann.StateHash.Hex(), "traceRoot": ann.TraceRoot.Hex(), "cid": hexutil.Encode(ann.CID),
				"worker": ann.Worker.Hex(), "step": u(ann.Step), "evalLoss": u(ann.EvalLoss),
				"evalAccuracy": u(uint64(ann.EvalAccuracy)), "timestamp": u(ann.Timestamp),
			},
		},
		{
			msg: vote, typeStr: protocol.VoteNoticeType,
			fields: []apitypes.Type{
				{Name: "runId", Type: "bytes32"}, {Name: "disputeId", Type: "bytes32"}, {Name: "index", Type: "uint32"},
				{Name: "stateHash", Type: "bytes32"}, {Name: "supportsWorker", Type: "bool"}, {Name: "voter", Type: "address"},
				{Name: "timestamp", Type: "uint64"},
			},
			values: apitypes.TypedDataMessage{
				"runId": vote.RunID.Hex(), "disputeId": vote.DisputeID.Hex(), "index": u(uint64(vote.Index)),
				"stateHash": vote.StateHash.Hex(), "supportsWorker": vote.SupportsWorker, "voter": vote.Voter.Hex(),
				"timestamp": u(vote.Timestamp),
			},
		},
	}
	for _, c := range cases {
		t.Run(c.msg.Kind().String(), func(t *testing.T) {
			primary := c.msg.Kind().String()
			td := apitypes.TypedData{
				Types:       apitypes.Types{"EIP712Domain": domainFields, primary: c.fields},
				PrimaryType: primary,
				Domain:      domain,
				Message:     c.values,
			}
			if got, want := td.TypeHash(primary), protocol.Keccak256([]byte(c.typeStr)); !bytes.Equal(got, want[:]) {
				t.Fatalf("type string differs from apitypes' %q", td.EncodeType(primary))
			}
			digest, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := testDomain.Digest(c.msg.StructHash()), digest; !bytes.Equal(got[:], want) {
				t.Fatalf("got digest %x, want %x (apitypes)", got, want)
			}
		})
	}
}

func FuzzDecodeEnvelope(f *testing.F) {
	key := testKey(f, 4)
	for _, m := range sampleMessages(f, key) {
		env, err := protocol.Sign(testDomain, m, key)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(env.Encode())
	}
	f.Add([]byte{1, 1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		env, err := protocol.DecodeEnvelope(b)
		if err != nil {
			if !errors.Is(err, protocol.ErrBadMessage) {
				t.Fatalf("decode error %v does not wrap ErrBadMessage", err)
			}
			return
		}
		// Canonical: whatever decodes re-encodes to the same bytes.
		if !bytes.Equal(env.Encode(), b) {
			t.Fatalf("decoded envelope re-encodes differently:\n in  %x\n out %x", b, env.Encode())
		}
		if err := env.Msg.Validate(); err != nil {
			t.Fatalf("decoder accepted an invalid message: %v", err)
		}
		_, _ = env.Verify(testDomain) // must not panic
	})
}
