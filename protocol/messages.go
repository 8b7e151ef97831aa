package protocol

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
)

// Gossip messages travel in an envelope:
//
//	version (1 byte, EnvelopeVersion) ‖ kind (1 byte) ‖ body ‖ signature (65 bytes)
//
// The body is the message's fields in their EIP-712 declaration order,
// big-endian, each at its Solidity width (bytes32 as 32 bytes, address as 20,
// uint32/uint64 as 4/8, bool as one byte 0 or 1) and the one dynamic field,
// an update's CID, as a u16 length then the bytes. There is no length prefix
// for the body: the signature is the last 65 bytes and the body must fill
// exactly what lies between. The signature is r ‖ s ‖ v over the EIP-712
// digest (see eip712.go) with v in {27, 28} and s in the lower half of the
// curve order, as Solidity's ecrecover and OpenZeppelin's ECDSA expect.
//
// So every message has exactly one encoding, and DecodeEnvelope accepts only
// that one: it rejects unknown versions and kinds, truncation, trailing
// bytes, non-boolean bools, non-canonical CIDs, high-s or malformed
// signatures and anything larger than MaxEnvelopeBytes.

// EnvelopeVersion is the only envelope version this code reads and writes.
// A new version means new topic names too (see topics.go).
const EnvelopeVersion = 1

// Size limits. Real messages are a few hundred bytes; the envelope cap is
// far below gossipsub's 1 MiB default so a peer cannot make others buffer
// large junk.
const (
	MaxEnvelopeBytes = 64 << 10
	MaxCIDBytes      = 128
	SignatureLen     = 65
	// MaxAccuracyBps is 100% in basis points.
	MaxAccuracyBps = 10000
)

// Kind says which message an envelope holds.
type Kind uint8

// The message kinds. Values are part of the wire format: never reuse one.
const (
	KindUpdateAnnouncement Kind = 1
	KindWorkClaim          Kind = 2
	KindChallengeNotice    Kind = 3
	KindBisectionMove      Kind = 4
	KindVoteNotice         Kind = 5
)

func (k Kind) String() string {
	switch k {
	case KindUpdateAnnouncement:
		return "UpdateAnnouncement"
	case KindWorkClaim:
		return "WorkClaim"
	case KindChallengeNotice:
		return "ChallengeNotice"
	case KindBisectionMove:
		return "BisectionMove"
	case KindVoteNotice:
		return "VoteNotice"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Errors. Every decoding or validation failure wraps ErrBadMessage; a
// signature that does not recover to the message's author wraps
// ErrBadSignature. A gossip validator rejects both: they are the sender's fault.
var (
	ErrBadMessage   = errors.New("protocol: bad message")
	ErrBadSignature = errors.New("protocol: bad signature")
)

func badMessage(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadMessage, fmt.Sprintf(format, args...))
}

// Message is one of the gossip message structs below.
type Message interface {
	// Kind is the wire tag.
	Kind() Kind
	// Run is the run the message belongs to (its topic's run).
	Run() Hash
	// Author is the address that must have signed the message.
	Author() common.Address
	// StructHash is EIP-712 hashStruct of the message.
	StructHash() Hash
	// Validate checks the fields' invariants (non-zero author, bounds...).
	Validate() error

	appendBody(b []byte) []byte
}

// UpdateAnnouncement tells the run's peers that a worker committed an update
// and serves its checkpoint. Eval figures are fixed-point integers so every
// replayer can compare them exactly.
type UpdateAnnouncement struct {
	RunID     Hash
	UpdateID  Hash // must equal Update().ID()
	Parent    Hash
	StateHash Hash
	TraceRoot Hash
	CID       []byte // binary CIDv1 of the checkpoint
	Worker    common.Address
	Step      uint64 // global step count after this update
	// EvalLoss is the mean eval loss in millionths (1.5 -> 1500000).
	EvalLoss uint64
	// EvalAccuracy is the eval accuracy in basis points (97.12% -> 9712).
	EvalAccuracy uint32
	Timestamp    uint64 // unix seconds
}

// WorkClaim is soft coordination: "I am computing on this parent until
// Expires (unix seconds)", so other workers can pick another parent.
type WorkClaim struct {
	RunID   Hash
	Parent  Hash
	Worker  common.Address
	Expires uint64
}

// ChallengeNotice says a challenger disputes an update, with the trace root
// it computed. DisputeID is zero before the dispute is opened on chain.
type ChallengeNotice struct {
	RunID      Hash
	UpdateID   Hash
	DisputeID  Hash
	Challenger common.Address
	TraceRoot  Hash
	Timestamp  uint64
}

// BisectionMove announces a state hash one side posted in a bisection game:
// s_Index of its trace.
type BisectionMove struct {
	RunID     Hash
	DisputeID Hash
	Index     uint32
	StateHash Hash
	Mover     common.Address
	Timestamp uint64
}

// VoteNotice announces a validator's vote on the single disputed step
// Index -> Index+1: the state hash it computed for s_{Index+1} and whether it
// agrees with the worker.
type VoteNotice struct {
	RunID          Hash
	DisputeID      Hash
	Index          uint32
	StateHash      Hash
	SupportsWorker bool
	Voter          common.Address
	Timestamp      uint64
}

// Kind, Run and Author of each message.

func (*UpdateAnnouncement) Kind() Kind               { return KindUpdateAnnouncement }
func (m *UpdateAnnouncement) Run() Hash              { return m.RunID }
func (m *UpdateAnnouncement) Author() common.Address { return m.Worker }
func (*WorkClaim) Kind() Kind                        { return KindWorkClaim }
func (m *WorkClaim) Run() Hash                       { return m.RunID }
func (m *WorkClaim) Author() common.Address          { return m.Worker }
func (*ChallengeNotice) Kind() Kind                  { return KindChallengeNotice }
func (m *ChallengeNotice) Run() Hash                 { return m.RunID }
func (m *ChallengeNotice) Author() common.Address    { return m.Challenger }
func (*BisectionMove) Kind() Kind                    { return KindBisectionMove }
func (m *BisectionMove) Run() Hash                   { return m.RunID }
func (m *BisectionMove) Author() common.Address      { return m.Mover }
func (*VoteNotice) Kind() Kind                       { return KindVoteNotice }
func (m *VoteNotice) Run() Hash                      { return m.RunID }
func (m *VoteNotice) Author() common.Address         { return m.Voter }

// Update is the committed update the announcement describes.
func (m *UpdateAnnouncement) Update() Update {
	return Update{RunID: m.RunID, Parent: m.Parent, StateHash: m.StateHash, TraceRoot: m.TraceRoot, CID: m.CID, Worker: m.Worker}
}

// Validation.

func (m *UpdateAnnouncement) Validate() error {
	if m.Worker == (common.Address{}) {
		return badMessage("update announcement: zero worker address")
	}
	if m.Parent.IsZero() {
		return badMessage("update announcement: zero parent (genesis is never announced)")
	}
	if err := checkCID(m.CID); err != nil {
		return badMessage("update announcement: %v", err)
	}
	if id := m.Update().ID(); id != m.UpdateID {
		return badMessage("update announcement: update ID %s, but the fields hash to %s", m.UpdateID.Short(), id.Short())
	}
	if m.Step == 0 {
		return badMessage("update announcement: step 0 (the step count after an update is at least 1)")
	}
	if m.EvalAccuracy > MaxAccuracyBps {
		return badMessage("update announcement: eval accuracy %d bps exceeds %d", m.EvalAccuracy, MaxAccuracyBps)
	}
	return nil
}

func (m *WorkClaim) Validate() error {
	if m.Worker == (common.Address{}) {
		return badMessage("work claim: zero worker address")
	}
	if m.Parent.IsZero() {
		return badMessage("work claim: zero parent")
	}
	return nil
}

func (m *ChallengeNotice) Validate() error {
	if m.Challenger == (common.Address{}) {
		return badMessage("challenge notice: zero challenger address")
	}
	if m.UpdateID.IsZero() {
		return badMessage("challenge notice: zero update ID")
	}
	if m.TraceRoot.IsZero() {
		return badMessage("challenge notice: zero trace root")
	}
	return nil
}

func (m *BisectionMove) Validate() error {
	if m.Mover == (common.Address{}) {
		return badMessage("bisection move: zero mover address")
	}
	if m.DisputeID.IsZero() {
		return badMessage("bisection move: zero dispute ID")
	}
	if m.Index >= MaxTraceLen {
		return badMessage("bisection move: index %d outside a trace of at most %d states", m.Index, MaxTraceLen)
	}
	return nil
}

func (m *VoteNotice) Validate() error {
	if m.Voter == (common.Address{}) {
		return badMessage("vote notice: zero voter address")
	}
	if m.DisputeID.IsZero() {
		return badMessage("vote notice: zero dispute ID")
	}
	if m.Index >= MaxTraceLen-1 {
		return badMessage("vote notice: step index %d, want below %d", m.Index, MaxTraceLen-1)
	}
	return nil
}

// checkCID accepts a binary CIDv1 in its canonical byte form.
func checkCID(b []byte) error {
	if len(b) == 0 || len(b) > MaxCIDBytes {
		return fmt.Errorf("CID of %d bytes, want 1..%d", len(b), MaxCIDBytes)
	}
	c, err := cid.Cast(b)
	if err != nil {
		return fmt.Errorf("CID: %v", err)
	}
	if c.Version() != 1 {
		return fmt.Errorf("CID %s is version %d, want 1", c, c.Version())
	}
	if string(c.Bytes()) != string(b) {
		return fmt.Errorf("CID %s is not in canonical binary form", c)
	}
	return nil
}

// EIP-712 struct hashes (type strings in eip712.go).

func (m *UpdateAnnouncement) StructHash() Hash {
	var s structHasher
	s.word(updateAnnouncementTypeHash)
	s.word(m.RunID)
	s.word(m.UpdateID)
	s.word(m.Parent)
	s.word(m.StateHash)
	s.word(m.TraceRoot)
	s.bytes(m.CID)
	s.address(m.Worker)
	s.uint(m.Step)
	s.uint(m.EvalLoss)
	s.uint(uint64(m.EvalAccuracy))
	s.uint(m.Timestamp)
	return s.sum()
}

func (m *WorkClaim) StructHash() Hash {
	var s structHasher
	s.word(workClaimTypeHash)
	s.word(m.RunID)
	s.word(m.Parent)
	s.address(m.Worker)
	s.uint(m.Expires)
	return s.sum()
}

func (m *ChallengeNotice) StructHash() Hash {
	var s structHasher
	s.word(challengeNoticeTypeHash)
	s.word(m.RunID)
	s.word(m.UpdateID)
	s.word(m.DisputeID)
	s.address(m.Challenger)
	s.word(m.TraceRoot)
	s.uint(m.Timestamp)
	return s.sum()
}

func (m *BisectionMove) StructHash() Hash {
	var s structHasher
	s.word(bisectionMoveTypeHash)
	s.word(m.RunID)
	s.word(m.DisputeID)
	s.uint(uint64(m.Index))
	s.word(m.StateHash)
	s.address(m.Mover)
	s.uint(m.Timestamp)
	return s.sum()
}

func (m *VoteNotice) StructHash() Hash {
	var s structHasher
	s.word(voteNoticeTypeHash)
	s.word(m.RunID)
	s.word(m.DisputeID)
	s.uint(uint64(m.Index))
	s.word(m.StateHash)
	s.bool(m.SupportsWorker)
	s.address(m.Voter)
	s.uint(m.Timestamp)
	return s.sum()
}

// Body encodings, fields in EIP-712 order.

func (m *UpdateAnnouncement) appendBody(b []byte) []byte {
	b = append(b, m.RunID[:]...)
	b = append(b, m.UpdateID[:]...)
	b = append(b, m.Parent[:]...)
	b = append(b, m.StateHash[:]...)
	b = append(b, m.TraceRoot[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(m.CID)))
	b = append(b, m.CID...)
	b = append(b, m.Worker[:]...)
	b = binary.BigEndian.AppendUint64(b, m.Step)
	b = binary.BigEndian.AppendUint64(b, m.EvalLoss)
	b = binary.BigEndian.AppendUint32(b, m.EvalAccuracy)
	return binary.BigEndian.AppendUint64(b, m.Timestamp)
}

func (m *WorkClaim) appendBody(b []byte) []byte {
	b = append(b, m.RunID[:]...)
	b = append(b, m.Parent[:]...)
	b = append(b, m.Worker[:]...)
	return binary.BigEndian.AppendUint64(b, m.Expires)
}

func (m *ChallengeNotice) appendBody(b []byte) []byte {
	b = append(b, m.RunID[:]...)
	b = append(b, m.UpdateID[:]...)
	b = append(b, m.DisputeID[:]...)
	b = append(b, m.Challenger[:]...)
	b = append(b, m.TraceRoot[:]...)
	return binary.BigEndian.AppendUint64(b, m.Timestamp)
}

func (m *BisectionMove) appendBody(b []byte) []byte {
	b = append(b, m.RunID[:]...)
	b = append(b, m.DisputeID[:]...)
	b = binary.BigEndian.AppendUint32(b, m.Index)
	b = append(b, m.StateHash[:]...)
	b = append(b, m.Mover[:]...)
	return binary.BigEndian.AppendUint64(b, m.Timestamp)
}

func (m *VoteNotice) appendBody(b []byte) []byte {
	b = append(b, m.RunID[:]...)
	b = append(b, m.DisputeID[:]...)
	b = binary.BigEndian.AppendUint32(b, m.Index)
	b = append(b, m.StateHash[:]...)
	if m.SupportsWorker {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = append(b, m.Voter[:]...)
	return binary.BigEndian.AppendUint64(b, m.Timestamp)
}

// Envelope is a signed message.
type Envelope struct {
	Msg Message
	Sig [SignatureLen]byte // r ‖ s ‖ v, v in {27, 28}
}

// Sign validates m and signs it with key, which must be the key of
// m.Author(): a message signed by anyone else would be rejected by every peer.
func Sign(d Domain, m Message, key *ecdsa.PrivateKey) (*Envelope, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if signer := crypto.PubkeyToAddress(key.PublicKey); signer != m.Author() {
		return nil, fmt.Errorf("protocol: sign %s: key is %s but the message's author is %s; sign with the author's key", m.Kind(), signer.Hex(), m.Author().Hex())
	}
	digest := d.Digest(m.StructHash())
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("protocol: sign %s: %w", m.Kind(), err)
	}
	e := &Envelope{Msg: m}
	copy(e.Sig[:], sig)
	e.Sig[64] += 27
	return e, nil
}

// Encode returns the canonical wire form.
func (e *Envelope) Encode() []byte {
	b := make([]byte, 0, 512)
	b = append(b, EnvelopeVersion, byte(e.Msg.Kind()))
	b = e.Msg.appendBody(b)
	return append(b, e.Sig[:]...)
}

// Digest is the EIP-712 digest the author signed.
func (e *Envelope) Digest(d Domain) Hash { return d.Digest(e.Msg.StructHash()) }

// Recover returns the address whose key made the signature over the
// message's digest in domain d. It does not compare it with the author.
func (e *Envelope) Recover(d Domain) (common.Address, error) {
	if err := checkSignature(e.Sig); err != nil {
		return common.Address{}, err
	}
	digest := e.Digest(d)
	sig := e.Sig
	sig[64] -= 27
	pub, err := crypto.SigToPub(digest[:], sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %s: %v", ErrBadSignature, e.Msg.Kind(), err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify recovers the signer and checks that it is the message's author.
func (e *Envelope) Verify(d Domain) (common.Address, error) {
	signer, err := e.Recover(d)
	if err != nil {
		return common.Address{}, err
	}
	if signer != e.Msg.Author() {
		return signer, fmt.Errorf("%w: %s signed by %s, but its author is %s", ErrBadSignature, e.Msg.Kind(), signer.Hex(), e.Msg.Author().Hex())
	}
	return signer, nil
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// checkSignature accepts only what ecrecover-based verifiers accept and
// only the low-s form, so a signature cannot be malleated into a second
// valid encoding of the same message.
func checkSignature(sig [SignatureLen]byte) error {
	v := sig[64]
	if v != 27 && v != 28 {
		return fmt.Errorf("%w: v is %d, want 27 or 28", ErrBadSignature, v)
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return fmt.Errorf("%w: r or s out of range or s not in the lower half of the curve order", ErrBadSignature)
	}
	if s.Cmp(secp256k1HalfN) > 0 {
		return fmt.Errorf("%w: high s", ErrBadSignature)
	}
	return nil
}

// DecodeEnvelope parses the canonical wire form and validates the message.
// It does not check the signature against the author: call Verify.
func DecodeEnvelope(b []byte) (*Envelope, error) {
	if len(b) > MaxEnvelopeBytes {
		return nil, badMessage("envelope of %d bytes exceeds %d", len(b), MaxEnvelopeBytes)
	}
	if len(b) < 2+SignatureLen {
		return nil, badMessage("envelope of %d bytes is shorter than the %d of header and signature", len(b), 2+SignatureLen)
	}
	if b[0] != EnvelopeVersion {
		return nil, badMessage("envelope version %d, this node reads %d (upgrade umnode if peers moved on)", b[0], EnvelopeVersion)
	}
	kind := Kind(b[1])
	r := msgReader{b: b[2 : len(b)-SignatureLen]}
	var m Message
	switch kind {
	case KindUpdateAnnouncement:
		u := &UpdateAnnouncement{}
		u.RunID = r.hash()
		u.UpdateID = r.hash()
		u.Parent = r.hash()
		u.StateHash = r.hash()
		u.TraceRoot = r.hash()
		u.CID = r.varBytes(MaxCIDBytes)
		u.Worker = r.address()
		u.Step = r.u64()
		u.EvalLoss = r.u64()
		u.EvalAccuracy = r.u32()
		u.Timestamp = r.u64()
		m = u
	case KindWorkClaim:
		w := &WorkClaim{}
		w.RunID = r.hash()
		w.Parent = r.hash()
		w.Worker = r.address()
		w.Expires = r.u64()
		m = w
	case KindChallengeNotice:
		c := &ChallengeNotice{}
		c.RunID = r.hash()
		c.UpdateID = r.hash()
		c.DisputeID = r.hash()
		c.Challenger = r.address()
		c.TraceRoot = r.hash()
		c.Timestamp = r.u64()
		m = c
	case KindBisectionMove:
		bm := &BisectionMove{}
		bm.RunID = r.hash()
		bm.DisputeID = r.hash()
		bm.Index = r.u32()
		bm.StateHash = r.hash()
		bm.Mover = r.address()
		bm.Timestamp = r.u64()
		m = bm
	case KindVoteNotice:
		v := &VoteNotice{}
		v.RunID = r.hash()
		v.DisputeID = r.hash()
		v.Index = r.u32()
		v.StateHash = r.hash()
		v.SupportsWorker = r.bool()
		v.Voter = r.address()
		v.Timestamp = r.u64()
		m = v
	default:
		return nil, badMessage("unknown message kind %d", uint8(kind))
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w (in %s)", r.err, kind)
	}
	if len(r.b) != 0 {
		return nil, badMessage("%s: %d trailing bytes before the signature", kind, len(r.b))
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	e := &Envelope{Msg: m}
	copy(e.Sig[:], b[len(b)-SignatureLen:])
	if err := checkSignature(e.Sig); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadMessage, kind, err)
	}
	return e, nil
}

// msgReader is a sticky-error big-endian cursor over a message body.
type msgReader struct {
	b   []byte
	err error
}

func (r *msgReader) next(n int) []byte {
	if r.err != nil {
		return make([]byte, n)
	}
	if len(r.b) < n {
		r.err = badMessage("truncated: want %d more bytes, have %d", n, len(r.b))
		return make([]byte, n)
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *msgReader) hash() Hash              { return Hash(r.next(32)) }
func (r *msgReader) address() common.Address { return common.Address(r.next(20)) }
func (r *msgReader) u32() uint32             { return binary.BigEndian.Uint32(r.next(4)) }
func (r *msgReader) u64() uint64             { return binary.BigEndian.Uint64(r.next(8)) }

func (r *msgReader) bool() bool {
	v := r.next(1)[0]
	if v > 1 && r.err == nil {
		r.err = badMessage("bool byte is %d, want 0 or 1", v)
	}
	return v == 1
}

func (r *msgReader) varBytes(max int) []byte {
	n := int(binary.BigEndian.Uint16(r.next(2)))
	if n > max && r.err == nil {
		r.err = badMessage("field of %d bytes exceeds %d", n, max)
	}
	if r.err != nil {
		return nil
	}
	return append([]byte(nil), r.next(n)...)
}
