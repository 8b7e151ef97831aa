package protocol

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Gossip messages are signed by their author's Ethereum key over EIP-712
// typed data, so a contract can check the very same signature (for example
// to slash a worker that announced two different updates on one parent).
// The hashing is written out by hand, as EIP-712 specifies it:
//
//	digest          = keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ hashStruct(message))
//	domainSeparator = hashStruct(EIP712Domain{name, version, chainId, verifyingContract})
//	hashStruct(s)   = keccak256(typeHash(s) ‖ enc(field_1) ‖ … ‖ enc(field_n))
//
// where every atomic field is one 32-byte word (bytes32 as is; address, uintN
// and bool left-padded big-endian) and a dynamic `bytes` field is
// keccak256(bytes). The type strings below are exactly what Solidity's
// `keccak256("UpdateAnnouncement(bytes32 runId,...)")` hashes; a test
// cross-checks the result against go-ethereum's signer/core/apitypes.

// EIP-712 domain constants. The chain ID and verifying contract (the run's
// ledger) come from the deployment; see Domain.
const (
	DomainName    = "Unstoppable Models"
	DomainVersion = "1"
)

// EIP-712 type strings, one per struct, in Solidity's canonical form.
const (
	DomainType             = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	UpdateAnnouncementType = "UpdateAnnouncement(bytes32 runId,bytes32 updateId,bytes32 parent,bytes32 stateHash,bytes32 traceRoot,bytes cid,address worker,uint64 step,uint64 evalLoss,uint32 evalAccuracy,uint64 timestamp)"
	WorkClaimType          = "WorkClaim(bytes32 runId,bytes32 parent,address worker,uint64 expires)"
	ChallengeNoticeType    = "ChallengeNotice(bytes32 runId,bytes32 updateId,bytes32 disputeId,address challenger,bytes32 traceRoot,uint64 timestamp)"
	BisectionMoveType      = "BisectionMove(bytes32 runId,bytes32 disputeId,uint32 index,bytes32 stateHash,address mover,uint64 timestamp)"
	VoteNoticeType         = "VoteNotice(bytes32 runId,bytes32 disputeId,uint32 index,bytes32 stateHash,bool supportsWorker,address voter,uint64 timestamp)"
)

// Type hashes: keccak256 of the type strings.
var (
	domainTypeHash             = Keccak256([]byte(DomainType))
	updateAnnouncementTypeHash = Keccak256([]byte(UpdateAnnouncementType))
	workClaimTypeHash          = Keccak256([]byte(WorkClaimType))
	challengeNoticeTypeHash    = Keccak256([]byte(ChallengeNoticeType))
	bisectionMoveTypeHash      = Keccak256([]byte(BisectionMoveType))
	voteNoticeTypeHash         = Keccak256([]byte(VoteNoticeType))
)

// Domain is the EIP-712 domain of one deployment: messages signed for one
// chain or ledger contract do not verify on another.
type Domain struct {
	ChainID           uint64
	VerifyingContract common.Address // the run's ledger contract
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() Hash {
	var s structHasher
	s.word(domainTypeHash)
	s.word(Keccak256([]byte(DomainName)))
	s.word(Keccak256([]byte(DomainVersion)))
	s.uint(d.ChainID)
	s.address(d.VerifyingContract)
	return s.sum()
}

// Digest is what the author signs for a message with the given struct hash:
// keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ structHash).
func (d Domain) Digest(structHash Hash) Hash {
	sep := d.Separator()
	return Keccak256([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// structHasher accumulates 32-byte words for hashStruct.
type structHasher struct{ b []byte }

func (s *structHasher) word(h Hash) { s.b = append(s.b, h[:]...) }

func (s *structHasher) uint(v uint64) {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	s.b = append(s.b, w[:]...)
}

func (s *structHasher) bool(v bool) {
	if v {
		s.uint(1)
	} else {
		s.uint(0)
	}
}

func (s *structHasher) address(a common.Address) {
	var w [32]byte
	copy(w[12:], a[:])
	s.b = append(s.b, w[:]...)
}

func (s *structHasher) bytes(b []byte) { s.word(Keccak256(b)) }

func (s *structHasher) sum() Hash { return Hash(crypto.Keccak256Hash(s.b)) }
