// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DisputedUpdate is an auto generated low-level Go binding around an user-defined struct.
type DisputedUpdate struct {
	RunId     [32]byte
	Parent    [32]byte
	StateHash [32]byte
	TraceRoot [32]byte
	CidHash   [32]byte
	Worker    common.Address
}

// DisputesBallot is an auto generated low-level Go binding around an user-defined struct.
type DisputesBallot struct {
	Weight    *big.Int
	ForWorker bool
	Claimed   bool
}

// DisputesDispute is an auto generated low-level Go binding around an user-defined struct.
type DisputesDispute struct {
	Worker             common.Address
	Lo                 uint16
	Hi                 uint16
	Phase              uint8
	ChallengerToMove   bool
	Deadline           *big.Int
	Challenger         common.Address
	Bond               *big.Int
	WorkerRoot         [32]byte
	ChallengerRoot     [32]byte
	Pending            [32]byte
	ForWorker          *big.Int
	ForChallenger      *big.Int
	OpenBlock          uint64
	UpdateId           [32]byte
	K                  uint32
	MoveDeadline       uint32
	VotingPeriod       uint32
	QuorumBps          uint16
	ChallengerShareBps uint16
	ValidatorFeeBps    uint16
	Outcome            uint8
	FeePool            *big.Int
}

// DisputesProven is an auto generated low-level Go binding around an user-defined struct.
type DisputesProven struct {
	State [32]byte
	Proof [][32]byte
}

// DisputesReveal is an auto generated low-level Go binding around an user-defined struct.
type DisputesReveal struct {
	ChallengerRoot [32]byte
	Salt           [32]byte
	FinalState     [32]byte
	FinalProof     [][32]byte
	MidState       [32]byte
	MidProof       [][32]byte
}

// DisputesMetaData contains all meta data concerning the Disputes contract.
var DisputesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractILedgerHooks\",\"name\":\"ledger_\",\"type\":\"address\"},{\"internalType\":\"contractITokenVotes\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDisagreement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"openBlock\",\"type\":\"uint256\"}],\"name\":\"NoVotingPower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PartyCannotVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"UnknownCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"}],\"name\":\"UpdateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"enumDisputes.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"ChallengeCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"challengerRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"ChallengeRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumDisputes.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feePool\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"}],\"name\":\"Moved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forWorker\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"Voted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VoterPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"VotingOpened\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"ballot\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"weight\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"forWorker\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"claimed\",\"type\":\"bool\"}],\"internalType\":\"structDisputes.Ballot\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"}],\"name\":\"claimVoterFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"}],\"name\":\"dispute\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"lo\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"hi\",\"type\":\"uint16\"},{\"internalType\":\"enumDisputes.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"challengerToMove\",\"type\":\"bool\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bond\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"workerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"forWorker\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"forChallenger\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"openBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"enumDisputes.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"feePool\",\"type\":\"uint96\"}],\"internalType\":\"structDisputes.Dispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ledger\",\"outputs\":[{\"internalType\":\"contractILedgerHooks\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputes.Proven\",\"name\":\"at\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputes.Proven\",\"name\":\"next\",\"type\":\"tuple\"}],\"name\":\"move\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structDisputedUpdate\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"resolve\",\"outputs\":[{\"internalType\":\"enumDisputes.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structDisputedUpdate\",\"name\":\"u\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"challengerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"finalProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"midState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"midProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputes.Reveal\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"revealChallenge\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractITokenVotes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputeId\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"forWorker\",\"type\":\"bool\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Disputes",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161269e38038061269e83398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a05161259c6101025f395f81816102210152818161049e015261102f01525f8181610142015281816106130152818161070f0152818161079d0152818161086201528181610924015281816109cc01528181610a6f01528181610c3d01526119bd015261259c5ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063839df9451161006e578063839df945146101a45780639f2ce678146101c3578063add98c70146101d6578063bd707b1b146101f6578063d169c08114610209578063fc0c546a1461021c575f5ffd5b8063109ecc5f146100b55780632754c710146100fc57806345d7f5281461011d57806356397c351461013d578063565aa77e1461017c5780637a1a34461461018f575b5f5ffd5b6100c86100c3366004611e47565b610243565b6040805182516001600160601b03168152602080840151151590820152918101511515908201526060015b60405180910390f35b61010f61010a366004611e71565b6102bd565b6040519081526020016100f3565b61013061012b366004611ec3565b610309565b6040516100f39190611f25565b6101647f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b61010f61018a366004611f38565b610b42565b6101a261019d366004611f84565b610e61565b005b61010f6101b2366004611f84565b5f6020819052908152604090205481565b6101a26101d1366004611f9b565b610ecd565b6101e96101e4366004611f84565b6111ec565b6040516100f39190611fcd565b6101a26102043660046121e7565b61148e565b61010f610217366004611f84565b6117c9565b6101647f000000000000000000000000000000000000000000000000000000000000000081565b60408051606080820183525f8083526020808401829052928401819052858152600283528381206001600160a01b0386168252835283902083519182018452546001600160601b038116825260ff600160601b82048116151593830193909352600160681b90049091161515918101919091525b92915050565b6040805160208082019690965280820194909452606080850193909352911b6bffffffffffffffffffffffff191660808301528051808303607401815260949092019052805191012090565b5f828152600160208190526040822080549091600160c01b90910460ff169081600381111561033a5761033a611ee5565b1415801561035a5750600281600381111561035757610357611ee5565b14155b1561038557848160405163509b2d0560e11b815260040161037c929190612254565b60405180910390fd5b8154600160d01b900464ffffffffff1642116103cd57815460405163baa881c760e01b815260048101879052600160d01b90910464ffffffffff16602482015260440161037c565b81600601546103db85611a5d565b146103fc5760405163aed3368f60e01b81526004810186905260240161037c565b600181600381111561041057610410611ee5565b03610436578154600160c81b900460ff1661042c57600161042f565b60025b925061058d565b60058201545f90610459906001600160601b03600160601b820481169116612285565b60078401546005850154604051632394e7a360e21b8152600160c01b90910467ffffffffffffffff1660048201529192505f9161271091600160601b900461ffff16907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638e539e8c90602401602060405180830381865afa1580156104eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061050f9190612298565b61051991906122af565b61052391906122da565b905081158061053157508082105b80610552575060058401546001600160601b03808216600160601b90920416145b15610560576003945061058a565b60058401546001600160601b03600160601b82048116911611610584576001610587565b60025b94505b50505b815460ff60c01b1916600360c01b17825560078201805484919060ff60901b1916600160901b8360038111156105c5576105c5611ee5565b0217905550600182810154600160a01b90046001600160601b0316905f9081908660038111156105f7576105f7611ee5565b0361083257604051632a2de90160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a8b7a4049061064b908a90600190600401612337565b6020604051808303815f875af1158015610667573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061068b9190612298565b60078601549092505f90612710906106ae90600160701b900461ffff16856122af565b6106b891906122da565b6005870154909150600160601b90046001600160601b031615610700576007860154612710906106f390600160801b900461ffff16856122af565b6106fd91906122da565b91505b60018601546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163117de2fd91166107428488612285565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044015f604051808303815f87803b158015610785575f5ffd5b505af1158015610797573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663578e98258383866107d79190612354565b6107e19190612354565b6040518263ffffffff1660e01b81526004016107ff91815260200190565b5f604051808303815f87803b158015610816575f5ffd5b505af1158015610828573d5f5f3e3d5ffd5b5050505050610ac9565b600286600381111561084657610846611ee5565b036109b557604051632a2de90160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a8b7a40490610899908a905f90600401612337565b6020604051808303815f875af11580156108b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108d99190612298565b5060058501546001600160601b0316156109185760078501546127109061090b90600160801b900461ffff16856122af565b61091591906122da565b90505b84546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163117de2fd91166109578487612354565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044015f604051808303815f87803b15801561099a575f5ffd5b505af11580156109ac573d5f5f3e3d5ffd5b50505050610ac9565b604051632a2de90160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a8b7a40490610a03908a905f90600401612337565b6020604051808303815f875af1158015610a1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a439190612298565b50600185015460405163117de2fd60e01b81526001600160a01b039182166004820152602481018590527f00000000000000000000000000000000000000000000000000000000000000009091169063117de2fd906044015f604051808303815f87803b158015610ab2575f5ffd5b505af1158015610ac4573d5f5f3e3d5ffd5b505050505b6007850180546bffffffffffffffffffffffff60981b1916600160981b6001600160601b03841602179055600685015460405189907fc078c8acb04b2b1dd6c592845df49738b0d47f2216b603df3d2bb6a6ec243c2390610b2f908a9087908790612367565b60405180910390a3505050505092915050565b5f5f610b4d84611a5d565b9050610b608184356020860135336102bd565b5f81815260208190526040812054919350819003610b9457604051630fcffcff60e21b81526004810184905260240161037c565b438110610bb757604051638145065760e01b81526004810184905260240161037c565b610bc760c0860160a08701612388565b6001600160a01b03163303610bef5760405163706cd38160e01b815260040160405180910390fd5b8460400135846040013503610c17576040516303f9fc9760e31b815260040160405180910390fd5b5f83815260208190526040808220829055516305613d6f60e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630ac27ade90610c7490899033906004016123a8565b60e0604051808303815f875af1158015610c90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cb49190612408565b80519091505f90610ccc9063ffffffff166001612285565b8251909150610cf790873590839063ffffffff1660408a0135610cf260608c018c6124c4565b611ae1565b610d1f578151604051630196930160e31b815263ffffffff909116600482015260240161037c565b5f610d2e8689878a3587611b9a565b83516040805163ffffffff9092168252808a01356020830152919250339188915f5160206125705f395f51905f52910160405180910390a3825163ffffffff16600103610d8457610d7f8187611d70565b610e56565b82515f90610d9490600290612511565b63ffffffff169050610db58835848360808c0135610cf260a08e018e6124c4565b610dd557604051630196930160e31b81526004810182905260240161037c565b60808801356004830155815460ff60c01b1916600160c01b1782556020840151610e059063ffffffff1642612285565b825464ffffffffff91909116600160d01b0264ffffffffff60d01b199091161782556040805182815260808a01356020820152339189915f5160206125705f395f51905f52910160405180910390a3505b505050505092915050565b5f8181526020819052604090205415610e905760405163d297b6c560e01b81526004810182905260240161037c565b5f8181526020819052604080822043905551339183917f5163dffc587778cf40d20ee84aeeb27f951a3b6fb86c5c256b72b66f0f9765be9190a350565b5f82815260016020526040902060028154600160c01b900460ff166003811115610ef957610ef9611ee5565b14610f2757805460405163509b2d0560e11b815261037c918591600160c01b90910460ff1690600401612254565b8054600160d01b900464ffffffffff16421115610f7057805460405163574d9c3960e01b815260048101859052600160d01b90910464ffffffffff16602482015260440161037c565b80546001600160a01b0316331480610f94575060018101546001600160a01b031633145b15610fb257604051632901970760e21b815260040160405180910390fd5b5f838152600260209081526040808320338452909152902080546001600160601b031615610ffc57604051630bcf2ea360e01b81526004810185905233602482015260440161037c565b6005820154604051630748d63560e31b8152336004820152600160c01b90910467ffffffffffffffff1660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633a46b1a890604401602060405180830381865afa15801561107c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110a09190612298565b9050805f036110e0576005830154604051638102b74960e01b8152336004820152600160c01b90910467ffffffffffffffff16602482015260440161037c565b815484158015600160601b026cffffffffffffffffffffffffff199092166001600160601b0384161791909117835561115b576005830180548291905f906111329084906001600160601b0316612538565b92506101000a8154816001600160601b0302191690836001600160601b031602179055506111a6565b8083600501600c8282829054906101000a90046001600160601b03166111819190612538565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b60408051851515815260208101839052339187917f755f5495b65e6ffe748de1fe7173213557d364935e9d4804c17a03cc90b5532b910160405180910390a35050505050565b604080516102e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c08101919091525f8281526001602090815260409182902082516102e08101845281546001600160a01b038116825261ffff600160a01b8204811694830194909452600160b01b81049093169381019390935290606083019060ff600160c01b90910416600381111561131257611312611ee5565b600381111561132357611323611ee5565b81528154600160c81b810460ff90811615156020840152600160d01b90910464ffffffffff16604083015260018301546001600160a01b0381166060840152600160a01b90046001600160601b039081166080840152600284015460a084015260038085015460c0850152600485015460e08501526005850154808316610100860152600160601b808204909316610120860152600160c01b900467ffffffffffffffff166101408501526006850154610160850152600785015463ffffffff808216610180870152640100000000820481166101a0870152600160401b8204166101c086015291820461ffff9081166101e0860152600160701b83048116610200860152600160801b83041661022085015261024090930192600160901b9091049091169081111561145857611458611ee5565b600381111561146957611469611ee5565b815260079190910154600160981b90046001600160601b031660209091015292915050565b5f838152600160208190526040909120908154600160c01b900460ff1660038111156114bc576114bc611ee5565b146114ea57805460405163509b2d0560e11b815261037c918691600160c01b90910460ff1690600401612254565b8054600160c81b900460ff165f8161150c5782546001600160a01b031661151b565b60018301546001600160a01b03165b9050336001600160a01b038216146115585760405163eb9a63e160e01b8152600481018790526001600160a01b038216602482015260440161037c565b508154600160d01b900464ffffffffff164211156115a257815460405163574d9c3960e01b815260048101879052600160d01b90910464ffffffffff16602482015260440161037c565b5f816115b25782600201546115b8565b82600301545b835490915061ffff600160a01b8204811691600160b01b9004165f60026115df8385612285565b6115e991906122da565b60078701549091506116189085906116089063ffffffff166001612285565b838b35610cf260208e018e6124c4565b61163857604051630196930160e31b81526004810182905260240161037c565b600486015488350361164c57809250611650565b8091505b855461ffff838116600160b01b0261ffff60b01b19918616600160a01b029190911663ffffffff60a01b1990921691909117178655604080518281528935602082015233918b915f5160206125705f395f51905f52910160405180910390a36116b98383612354565b6001036116d5576116ca868a611d70565b505050505050505050565b60026116e18385612285565b6116eb91906122da565b600787015490915061171a90859061170a9063ffffffff166001612285565b838a35610cf260208d018d6124c4565b61173a57604051630196930160e31b81526004810182905260240161037c565b86356004870155855460ff60c81b19168515600160c81b02178655600786015461177290640100000000900463ffffffff1642612285565b865464ffffffffff91909116600160d01b0264ffffffffff60d01b19909116178655604080518281528835602082015233918b915f5160206125705f395f51905f52910160405180910390a3505050505050505050565b5f81815260016020526040812060038154600160c01b900460ff1660038111156117f5576117f5611ee5565b1461182357805460405163509b2d0560e11b815261037c918591600160c01b90910460ff1690600401612254565b5f838152600260209081526040808320338452909152812060078301549091600160901b90910460ff1690600182600381111561186257611862611ee5565b14801561187857508254600160601b900460ff16155b806118a75750600282600381111561189257611892611ee5565b1480156118a757508254600160601b900460ff165b83549091506001600160601b031615806118c957508254600160681b900460ff165b806118d2575080155b806118ef57506007840154600160981b90046001600160601b0316155b1561191657604051631e65609f60e21b81526004810187905233602482015260440161037c565b825460ff60681b1916600160681b1783555f600183600381111561193c5761193c611ee5565b146119545760058501546001600160601b031661196a565b6005850154600160601b90046001600160601b03165b845460078701546001600160601b039283169350839261199492811691600160981b9004166122af565b61199e91906122da565b60405163117de2fd60e01b8152336004820152602481018290529096507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063117de2fd906044015f604051808303815f87803b158015611a06575f5ffd5b505af1158015611a18573d5f5f3e3d5ffd5b50506040518881523392508991507f6166288faf22f464418f506cbb1fca756bb8777644d2d8298ccf11620694b5d09060200160405180910390a35050505050919050565b5f81356020830135604084013560608501356080860135611a8460c0880160a08901612388565b604080516020810197909752860194909452606080860193909352608085019190915260a08401521b6bffffffffffffffffffffffff191660c082015260d401604051602081830303815290604052805190602001209050919050565b5f851580611af157506201000086115b80611afc5750858510155b80611b0f5750611b0b86611e0c565b8214155b15611b1b57505f611b90565b5f6040515f815385600182015260218120915086858560051b81015b80821015611b8657813560018553600184168015611b6057816001870152866021870152611b6d565b8660018701528160218701525b50506041842094508260011c9250602082019150611b37565b5050509088149150505b9695505050505050565b5f858152600160205260409020611bb760c0860160a08701612388565b8154835161ffff808216600160b01b02600163ffff000160a01b03199093166001600160a01b03949094169390931791909117835560c0808501516001600160601b0316600160a01b023390811760018601556060808a013560028701556003860188905560058601805467ffffffffffffffff4316600160c01b026001600160c01b0390911617905560068601899055600786018054602089015160408a0151938a015160808b015160a0808d01518b16600160801b0261ffff60801b19928c16600160701b029290921663ffffffff60701b1993909b16600160601b0261ffff60601b1963ffffffff988916600160401b02166dffffffffffff0000000000000000199589166401000000000267ffffffffffffffff1990971698909b16979097179490941792909216979097179390931795909516959095171790935587359287928a927f84b9c01984b801dffafbfe4caa4f8b0b4b518f0418c813e9a8e39ebe95c00c0b9291611d2f918c01908c01612388565b8751604080516001600160a01b03948516815293909216602084015290820189905263ffffffff16606082015260800160405180910390a495945050505050565b815460ff60c01b1916600160c11b17825560078201545f90611d9f90600160401b900463ffffffff1642612285565b835464ffffffffff60d01b1916600160d01b64ffffffffff8316021780855560408051600160a01b90920461ffff1682526020820183905291925083917fd81cb422b0451ca6ae217ac0ba161efc2937e74f5307ff0f42d430bbc4aac433910160405180910390a2505050565b5f5b81816001901b1015611e2c5780611e2481612557565b915050611e0e565b919050565b80356001600160a01b0381168114611e2c575f5ffd5b5f5f60408385031215611e58575f5ffd5b82359150611e6860208401611e31565b90509250929050565b5f5f5f5f60808587031215611e84575f5ffd5b843593506020850135925060408501359150611ea260608601611e31565b905092959194509250565b5f60c08284031215611ebd575f5ffd5b50919050565b5f5f60e08385031215611ed4575f5ffd5b82359150611e688460208501611ead565b634e487b7160e01b5f52602160045260245ffd5b60048110611f1557634e487b7160e01b5f52602160045260245ffd5b50565b611f2181611ef9565b9052565b60208101611f3283611ef9565b91905290565b5f5f60e08385031215611f49575f5ffd5b611f538484611ead565b915060c083013567ffffffffffffffff811115611f6e575f5ffd5b611f7a85828601611ead565b9150509250929050565b5f60208284031215611f94575f5ffd5b5035919050565b5f5f60408385031215611fac575f5ffd5b8235915060208301358015158114611fc2575f5ffd5b809150509250929050565b81516001600160a01b031681526102e081016020830151611ff4602084018261ffff169052565b50604083015161200a604084018261ffff169052565b50606083015161201d6060840182611f18565b506080830151612031608084018215159052565b5060a083015161204a60a084018264ffffffffff169052565b5060c083015161206560c08401826001600160a01b03169052565b5060e083015161208060e08401826001600160601b03169052565b506101008301516101008301526101208301516101208301526101408301516101408301526101608301516120c16101608401826001600160601b03169052565b506101808301516120de6101808401826001600160601b03169052565b506101a08301516120fc6101a084018267ffffffffffffffff169052565b506101c08301516101c08301526101e08301516121226101e084018263ffffffff169052565b5061020083015161213c61020084018263ffffffff169052565b5061022083015161215661022084018263ffffffff169052565b5061024083015161216e61024084018261ffff169052565b5061026083015161218661026084018261ffff169052565b5061028083015161219e61028084018261ffff169052565b506102a08301516121b36102a0840182611f18565b506102c08301516121d06102c08401826001600160601b03169052565b5092915050565b5f60408284031215611ebd575f5ffd5b5f5f5f606084860312156121f9575f5ffd5b83359250602084013567ffffffffffffffff811115612216575f5ffd5b612222868287016121d7565b925050604084013567ffffffffffffffff81111561223e575f5ffd5b61224a868287016121d7565b9150509250925092565b8281526040810161226483611ef9565b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156102b7576102b7612271565b5f602082840312156122a8575f5ffd5b5051919050565b80820281158282048414176102b7576102b7612271565b634e487b7160e01b5f52601260045260245ffd5b5f826122e8576122e86122c6565b500490565b80358252602080820135908301526040808201359083015260608082013590830152608080820135908301526001600160a01b0361232d60a08301611e31565b1660a08301525050565b60e0810161234582856122ed565b82151560c08301529392505050565b818103818111156102b7576102b7612271565b6060810161237485611ef9565b938152602081019290925260409091015290565b5f60208284031215612398575f5ffd5b6123a182611e31565b9392505050565b60e081016123b682856122ed565b6001600160a01b039290921660c09190910152919050565b805163ffffffff81168114611e2c575f5ffd5b805161ffff81168114611e2c575f5ffd5b80516001600160601b0381168114611e2c575f5ffd5b5f60e0828403128015612419575f5ffd5b5060405160e0810167ffffffffffffffff8111828210171561244957634e487b7160e01b5f52604160045260245ffd5b604052612455836123ce565b8152612463602084016123ce565b6020820152612474604084016123ce565b6040820152612485606084016123e1565b6060820152612496608084016123e1565b60808201526124a760a084016123e1565b60a08201526124b860c084016123f2565b60c08201529392505050565b5f5f8335601e198436030181126124d9575f5ffd5b83018035915067ffffffffffffffff8211156124f3575f5ffd5b6020019150600581901b360382131561250a575f5ffd5b9250929050565b5f63ffffffff831680612526576125266122c6565b8063ffffffff84160491505092915050565b6001600160601b0381811683821601908111156102b7576102b7612271565b5f6001820161256857612568612271565b506001019056fed51f98458254b918ffb24d0f19b38c97c8fa2de0787cf4b7996c34ea7f4b19ffa164736f6c634300081c000a",
}

// Disputes is an auto generated Go binding around an Ethereum contract.
type Disputes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Disputes) GetABI() abi.ABI {
	return c.abi
}

// NewDisputes creates a new instance of Disputes.
func NewDisputes() *Disputes {
	parsed, err := DisputesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Disputes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Disputes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address ledger_, address token_) returns()
func (disputes *Disputes) PackConstructor(ledger_ common.Address, token_ common.Address) []byte {
	enc, err := disputes.abi.Pack("", ledger_, token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBallot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x109ecc5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballot(bytes32 disputeId, address voter) view returns((uint96,bool,bool))
func (disputes *Disputes) PackBallot(disputeId [32]byte, voter common.Address) []byte {
	enc, err := disputes.abi.Pack("ballot", disputeId, voter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x109ecc5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballot(bytes32 disputeId, address voter) view returns((uint96,bool,bool))
func (disputes *Disputes) TryPackBallot(disputeId [32]byte, voter common.Address) ([]byte, error) {
	return disputes.abi.Pack("ballot", disputeId, voter)
}

// UnpackBallot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x109ecc5f.
//
// Solidity: function ballot(bytes32 disputeId, address voter) view returns((uint96,bool,bool))
func (disputes *Disputes) UnpackBallot(data []byte) (DisputesBallot, error) {
	out, err := disputes.abi.Unpack("ballot", data)
	if err != nil {
		return *new(DisputesBallot), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputesBallot)).(*DisputesBallot)
	return out0, nil
}

// PackClaimVoterFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd169c081.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimVoterFee(bytes32 disputeId) returns(uint256 amount)
func (disputes *Disputes) PackClaimVoterFee(disputeId [32]byte) []byte {
	enc, err := disputes.abi.Pack("claimVoterFee", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimVoterFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd169c081.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimVoterFee(bytes32 disputeId) returns(uint256 amount)
func (disputes *Disputes) TryPackClaimVoterFee(disputeId [32]byte) ([]byte, error) {
	return disputes.abi.Pack("claimVoterFee", disputeId)
}

// UnpackClaimVoterFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd169c081.
//
// Solidity: function claimVoterFee(bytes32 disputeId) returns(uint256 amount)
func (disputes *Disputes) UnpackClaimVoterFee(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("claimVoterFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a1a3446.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitChallenge(bytes32 commitment) returns()
func (disputes *Disputes) PackCommitChallenge(commitment [32]byte) []byte {
	enc, err := disputes.abi.Pack("commitChallenge", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a1a3446.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitChallenge(bytes32 commitment) returns()
func (disputes *Disputes) TryPackCommitChallenge(commitment [32]byte) ([]byte, error) {
	return disputes.abi.Pack("commitChallenge", commitment)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2754c710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(bytes32 updateId, bytes32 challengerRoot, bytes32 salt, address challenger) pure returns(bytes32)
func (disputes *Disputes) PackCommitmentOf(updateId [32]byte, challengerRoot [32]byte, salt [32]byte, challenger common.Address) []byte {
	enc, err := disputes.abi.Pack("commitmentOf", updateId, challengerRoot, salt, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2754c710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(bytes32 updateId, bytes32 challengerRoot, bytes32 salt, address challenger) pure returns(bytes32)
func (disputes *Disputes) TryPackCommitmentOf(updateId [32]byte, challengerRoot [32]byte, salt [32]byte, challenger common.Address) ([]byte, error) {
	return disputes.abi.Pack("commitmentOf", updateId, challengerRoot, salt, challenger)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2754c710.
//
// Solidity: function commitmentOf(bytes32 updateId, bytes32 challengerRoot, bytes32 salt, address challenger) pure returns(bytes32)
func (disputes *Disputes) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := disputes.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(bytes32 ) view returns(uint256)
func (disputes *Disputes) PackCommitments(arg0 [32]byte) []byte {
	enc, err := disputes.abi.Pack("commitments", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(bytes32 ) view returns(uint256)
func (disputes *Disputes) TryPackCommitments(arg0 [32]byte) ([]byte, error) {
	return disputes.abi.Pack("commitments", arg0)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x839df945.
//
// Solidity: function commitments(bytes32 ) view returns(uint256)
func (disputes *Disputes) UnpackCommitments(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("commitments", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd98c70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(bytes32 disputeId) view returns((address,uint16,uint16,uint8,bool,uint40,address,uint96,bytes32,bytes32,bytes32,uint96,uint96,uint64,bytes32,uint32,uint32,uint32,uint16,uint16,uint16,uint8,uint96))
func (disputes *Disputes) PackDispute(disputeId [32]byte) []byte {
	enc, err := disputes.abi.Pack("dispute", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd98c70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(bytes32 disputeId) view returns((address,uint16,uint16,uint8,bool,uint40,address,uint96,bytes32,bytes32,bytes32,uint96,uint96,uint64,bytes32,uint32,uint32,uint32,uint16,uint16,uint16,uint8,uint96))
func (disputes *Disputes) TryPackDispute(disputeId [32]byte) ([]byte, error) {
	return disputes.abi.Pack("dispute", disputeId)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadd98c70.
//
// Solidity: function dispute(bytes32 disputeId) view returns((address,uint16,uint16,uint8,bool,uint40,address,uint96,bytes32,bytes32,bytes32,uint96,uint96,uint64,bytes32,uint32,uint32,uint32,uint16,uint16,uint16,uint8,uint96))
func (disputes *Disputes) UnpackDispute(data []byte) (DisputesDispute, error) {
	out, err := disputes.abi.Unpack("dispute", data)
	if err != nil {
		return *new(DisputesDispute), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputesDispute)).(*DisputesDispute)
	return out0, nil
}

// PackLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56397c35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ledger() view returns(address)
func (disputes *Disputes) PackLedger() []byte {
	enc, err := disputes.abi.Pack("ledger")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56397c35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ledger() view returns(address)
func (disputes *Disputes) TryPackLedger() ([]byte, error) {
	return disputes.abi.Pack("ledger")
}

// UnpackLedger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (disputes *Disputes) UnpackLedger(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("ledger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd707b1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function move(bytes32 disputeId, (bytes32,bytes32[]) at, (bytes32,bytes32[]) next) returns()
func (disputes *Disputes) PackMove(disputeId [32]byte, at DisputesProven, next DisputesProven) []byte {
	enc, err := disputes.abi.Pack("move", disputeId, at, next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd707b1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function move(bytes32 disputeId, (bytes32,bytes32[]) at, (bytes32,bytes32[]) next) returns()
func (disputes *Disputes) TryPackMove(disputeId [32]byte, at DisputesProven, next DisputesProven) ([]byte, error) {
	return disputes.abi.Pack("move", disputeId, at, next)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45d7f528.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(bytes32 disputeId, (bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns(uint8 outcome)
func (disputes *Disputes) PackResolve(disputeId [32]byte, u DisputedUpdate) []byte {
	enc, err := disputes.abi.Pack("resolve", disputeId, u)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45d7f528.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(bytes32 disputeId, (bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns(uint8 outcome)
func (disputes *Disputes) TryPackResolve(disputeId [32]byte, u DisputedUpdate) ([]byte, error) {
	return disputes.abi.Pack("resolve", disputeId, u)
}

// UnpackResolve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45d7f528.
//
// Solidity: function resolve(bytes32 disputeId, (bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns(uint8 outcome)
func (disputes *Disputes) UnpackResolve(data []byte) (uint8, error) {
	out, err := disputes.abi.Unpack("resolve", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRevealChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x565aa77e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealChallenge((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, (bytes32,bytes32,bytes32,bytes32[],bytes32,bytes32[]) r) returns(bytes32 disputeId)
func (disputes *Disputes) PackRevealChallenge(u DisputedUpdate, r DisputesReveal) []byte {
	enc, err := disputes.abi.Pack("revealChallenge", u, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x565aa77e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealChallenge((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, (bytes32,bytes32,bytes32,bytes32[],bytes32,bytes32[]) r) returns(bytes32 disputeId)
func (disputes *Disputes) TryPackRevealChallenge(u DisputedUpdate, r DisputesReveal) ([]byte, error) {
	return disputes.abi.Pack("revealChallenge", u, r)
}

// UnpackRevealChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x565aa77e.
//
// Solidity: function revealChallenge((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, (bytes32,bytes32,bytes32,bytes32[],bytes32,bytes32[]) r) returns(bytes32 disputeId)
func (disputes *Disputes) UnpackRevealChallenge(data []byte) ([32]byte, error) {
	out, err := disputes.abi.Unpack("revealChallenge", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (disputes *Disputes) PackToken() []byte {
	enc, err := disputes.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (disputes *Disputes) TryPackToken() ([]byte, error) {
	return disputes.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (disputes *Disputes) UnpackToken(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f2ce678.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(bytes32 disputeId, bool forWorker) returns()
func (disputes *Disputes) PackVote(disputeId [32]byte, forWorker bool) []byte {
	enc, err := disputes.abi.Pack("vote", disputeId, forWorker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f2ce678.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(bytes32 disputeId, bool forWorker) returns()
func (disputes *Disputes) TryPackVote(disputeId [32]byte, forWorker bool) ([]byte, error) {
	return disputes.abi.Pack("vote", disputeId, forWorker)
}

// DisputesChallengeCommitted represents a ChallengeCommitted event raised by the Disputes contract.
type DisputesChallengeCommitted struct {
	Commitment [32]byte
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputesChallengeCommittedEventName = "ChallengeCommitted"

// ContractEventName returns the user-defined event name.
func (DisputesChallengeCommitted) ContractEventName() string {
	return DisputesChallengeCommittedEventName
}

// UnpackChallengeCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeCommitted(bytes32 indexed commitment, address indexed challenger)
func (disputes *Disputes) UnpackChallengeCommittedEvent(log *types.Log) (*DisputesChallengeCommitted, error) {
	event := "ChallengeCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesChallengeCommitted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesChallengeRevealed represents a ChallengeRevealed event raised by the Disputes contract.
type DisputesChallengeRevealed struct {
	DisputeId      [32]byte
	UpdateId       [32]byte
	RunId          [32]byte
	Challenger     common.Address
	Worker         common.Address
	ChallengerRoot [32]byte
	K              *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisputesChallengeRevealedEventName = "ChallengeRevealed"

// ContractEventName returns the user-defined event name.
func (DisputesChallengeRevealed) ContractEventName() string {
	return DisputesChallengeRevealedEventName
}

// UnpackChallengeRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeRevealed(bytes32 indexed disputeId, bytes32 indexed updateId, bytes32 indexed runId, address challenger, address worker, bytes32 challengerRoot, uint256 k)
func (disputes *Disputes) UnpackChallengeRevealedEvent(log *types.Log) (*DisputesChallengeRevealed, error) {
	event := "ChallengeRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesChallengeRevealed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesDisputeResolved represents a DisputeResolved event raised by the Disputes contract.
type DisputesDisputeResolved struct {
	DisputeId [32]byte
	UpdateId  [32]byte
	Outcome   uint8
	Slashed   *big.Int
	FeePool   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (DisputesDisputeResolved) ContractEventName() string {
	return DisputesDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(bytes32 indexed disputeId, bytes32 indexed updateId, uint8 outcome, uint256 slashed, uint256 feePool)
func (disputes *Disputes) UnpackDisputeResolvedEvent(log *types.Log) (*DisputesDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesDisputeResolved)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesMoved represents a Moved event raised by the Disputes contract.
type DisputesMoved struct {
	DisputeId [32]byte
	Mover     common.Address
	Index     *big.Int
	State     [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesMovedEventName = "Moved"

// ContractEventName returns the user-defined event name.
func (DisputesMoved) ContractEventName() string {
	return DisputesMovedEventName
}

// UnpackMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Moved(bytes32 indexed disputeId, address indexed mover, uint256 index, bytes32 state)
func (disputes *Disputes) UnpackMovedEvent(log *types.Log) (*DisputesMoved, error) {
	event := "Moved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesMoved)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesVoted represents a Voted event raised by the Disputes contract.
type DisputesVoted struct {
	DisputeId [32]byte
	Voter     common.Address
	ForWorker bool
	Weight    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesVotedEventName = "Voted"

// ContractEventName returns the user-defined event name.
func (DisputesVoted) ContractEventName() string {
	return DisputesVotedEventName
}

// UnpackVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Voted(bytes32 indexed disputeId, address indexed voter, bool forWorker, uint256 weight)
func (disputes *Disputes) UnpackVotedEvent(log *types.Log) (*DisputesVoted, error) {
	event := "Voted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesVoted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesVoterPaid represents a VoterPaid event raised by the Disputes contract.
type DisputesVoterPaid struct {
	DisputeId [32]byte
	Voter     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesVoterPaidEventName = "VoterPaid"

// ContractEventName returns the user-defined event name.
func (DisputesVoterPaid) ContractEventName() string {
	return DisputesVoterPaidEventName
}

// UnpackVoterPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoterPaid(bytes32 indexed disputeId, address indexed voter, uint256 amount)
func (disputes *Disputes) UnpackVoterPaidEvent(log *types.Log) (*DisputesVoterPaid, error) {
	event := "VoterPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesVoterPaid)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesVotingOpened represents a VotingOpened event raised by the Disputes contract.
type DisputesVotingOpened struct {
	DisputeId [32]byte
	Step      *big.Int
	Deadline  *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesVotingOpenedEventName = "VotingOpened"

// ContractEventName returns the user-defined event name.
func (DisputesVotingOpened) ContractEventName() string {
	return DisputesVotingOpenedEventName
}

// UnpackVotingOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingOpened(bytes32 indexed disputeId, uint256 step, uint256 deadline)
func (disputes *Disputes) UnpackVotingOpenedEvent(log *types.Log) (*DisputesVotingOpened, error) {
	event := "VotingOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesVotingOpened)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (disputes *Disputes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return disputes.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return disputes.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return disputes.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoDisagreement"].ID.Bytes()[:4]) {
		return disputes.UnpackNoDisagreementError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoVotingPower"].ID.Bytes()[:4]) {
		return disputes.UnpackNoVotingPowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return disputes.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return disputes.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["PartyCannotVote"].ID.Bytes()[:4]) {
		return disputes.UnpackPartyCannotVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return disputes.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return disputes.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["UnknownCommitment"].ID.Bytes()[:4]) {
		return disputes.UnpackUnknownCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return disputes.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["UpdateMismatch"].ID.Bytes()[:4]) {
		return disputes.UnpackUpdateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return disputes.UnpackWrongPhaseError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputesAlreadyCommitted represents a AlreadyCommitted error raised by the Disputes contract.
type DisputesAlreadyCommitted struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(bytes32 commitment)
func DisputesAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd297b6c5a7cbe87c175982db4444aed23a6fef228c09fe4e4c0ea92cbe06cc0a")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(bytes32 commitment)
func (disputes *Disputes) UnpackAlreadyCommittedError(raw []byte) (*DisputesAlreadyCommitted, error) {
	out := new(DisputesAlreadyCommitted)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesAlreadyVoted represents a AlreadyVoted error raised by the Disputes contract.
type DisputesAlreadyVoted struct {
	DisputeId [32]byte
	Voter     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(bytes32 disputeId, address voter)
func DisputesAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x0bcf2ea3c8b515fe50f169a4131ce2d2198afc8ec7d83a8658d7bcb0a5fbbe77")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(bytes32 disputeId, address voter)
func (disputes *Disputes) UnpackAlreadyVotedError(raw []byte) (*DisputesAlreadyVoted, error) {
	out := new(DisputesAlreadyVoted)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBadProof represents a BadProof error raised by the Disputes contract.
type DisputesBadProof struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(uint256 index)
func DisputesBadProofErrorID() common.Hash {
	return common.HexToHash("0x0cb498088432094dff5fa194648f6d3bbde37e11dd1af6364b86c1cf23893734")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(uint256 index)
func (disputes *Disputes) UnpackBadProofError(raw []byte) (*DisputesBadProof, error) {
	out := new(DisputesBadProof)
	if err := disputes.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesDeadlineNotPassed represents a DeadlineNotPassed error raised by the Disputes contract.
type DisputesDeadlineNotPassed struct {
	DisputeId [32]byte
	Deadline  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(bytes32 disputeId, uint256 deadline)
func DisputesDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0xbaa881c7bdaa2cec422957aab7f4cb2ee27477f42f7570e943d2a1c2d7317620")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(bytes32 disputeId, uint256 deadline)
func (disputes *Disputes) UnpackDeadlineNotPassedError(raw []byte) (*DisputesDeadlineNotPassed, error) {
	out := new(DisputesDeadlineNotPassed)
	if err := disputes.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesDeadlinePassed represents a DeadlinePassed error raised by the Disputes contract.
type DisputesDeadlinePassed struct {
	DisputeId [32]byte
	Deadline  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(bytes32 disputeId, uint256 deadline)
func DisputesDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x574d9c39bb58adff8b5722b5c84e22bfc0de4fbac62ba9607be99742cf430e85")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(bytes32 disputeId, uint256 deadline)
func (disputes *Disputes) UnpackDeadlinePassedError(raw []byte) (*DisputesDeadlinePassed, error) {
	out := new(DisputesDeadlinePassed)
	if err := disputes.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoDisagreement represents a NoDisagreement error raised by the Disputes contract.
type DisputesNoDisagreement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDisagreement()
func DisputesNoDisagreementErrorID() common.Hash {
	return common.HexToHash("0x1fcfe4b85e85fa0405b79949dad2e4ff753e76350f35aaa99473cebb8cf67b74")
}

// UnpackNoDisagreementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDisagreement()
func (disputes *Disputes) UnpackNoDisagreementError(raw []byte) (*DisputesNoDisagreement, error) {
	out := new(DisputesNoDisagreement)
	if err := disputes.abi.UnpackIntoInterface(out, "NoDisagreement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoVotingPower represents a NoVotingPower error raised by the Disputes contract.
type DisputesNoVotingPower struct {
	Voter     common.Address
	OpenBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVotingPower(address voter, uint256 openBlock)
func DisputesNoVotingPowerErrorID() common.Hash {
	return common.HexToHash("0x8102b749a6b8ee8b754021d8f3e2f0cfe4d5607d9cb3064b010806e65e143f99")
}

// UnpackNoVotingPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVotingPower(address voter, uint256 openBlock)
func (disputes *Disputes) UnpackNoVotingPowerError(raw []byte) (*DisputesNoVotingPower, error) {
	out := new(DisputesNoVotingPower)
	if err := disputes.abi.UnpackIntoInterface(out, "NoVotingPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotYourTurn represents a NotYourTurn error raised by the Disputes contract.
type DisputesNotYourTurn struct {
	DisputeId [32]byte
	Expected  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(bytes32 disputeId, address expected)
func DisputesNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0xeb9a63e11e65c82e227cf8e57085c427db0bdaba5c135928534eac5b46d9a28f")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(bytes32 disputeId, address expected)
func (disputes *Disputes) UnpackNotYourTurnError(raw []byte) (*DisputesNotYourTurn, error) {
	out := new(DisputesNotYourTurn)
	if err := disputes.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNothingToClaim represents a NothingToClaim error raised by the Disputes contract.
type DisputesNothingToClaim struct {
	DisputeId [32]byte
	Voter     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(bytes32 disputeId, address voter)
func DisputesNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x7995827c201b568ae1e32bea1eb1c6a87d221f35efe50885a86bc3b12a57505f")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(bytes32 disputeId, address voter)
func (disputes *Disputes) UnpackNothingToClaimError(raw []byte) (*DisputesNothingToClaim, error) {
	out := new(DisputesNothingToClaim)
	if err := disputes.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesPartyCannotVote represents a PartyCannotVote error raised by the Disputes contract.
type DisputesPartyCannotVote struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartyCannotVote()
func DisputesPartyCannotVoteErrorID() common.Hash {
	return common.HexToHash("0xa4065c1ccf08ff97109d847e8fc128ea9afa5b2545b7b0053374a0ab0f453e7d")
}

// UnpackPartyCannotVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartyCannotVote()
func (disputes *Disputes) UnpackPartyCannotVoteError(raw []byte) (*DisputesPartyCannotVote, error) {
	out := new(DisputesPartyCannotVote)
	if err := disputes.abi.UnpackIntoInterface(out, "PartyCannotVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRevealTooEarly represents a RevealTooEarly error raised by the Disputes contract.
type DisputesRevealTooEarly struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(bytes32 commitment)
func DisputesRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x8145065736a9a176d0d288c506941ec7db8b2b376959a48963c7a7db28e3e8ab")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(bytes32 commitment)
func (disputes *Disputes) UnpackRevealTooEarlyError(raw []byte) (*DisputesRevealTooEarly, error) {
	out := new(DisputesRevealTooEarly)
	if err := disputes.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesSelfChallenge represents a SelfChallenge error raised by the Disputes contract.
type DisputesSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func DisputesSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (disputes *Disputes) UnpackSelfChallengeError(raw []byte) (*DisputesSelfChallenge, error) {
	out := new(DisputesSelfChallenge)
	if err := disputes.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesUnknownCommitment represents a UnknownCommitment error raised by the Disputes contract.
type DisputesUnknownCommitment struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func DisputesUnknownCommitmentErrorID() common.Hash {
	return common.HexToHash("0x3f3ff3fce0a88e75f46b6412b76abfc6938b8ce21562ec2d541ab026ecccfa99")
}

// UnpackUnknownCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func (disputes *Disputes) UnpackUnknownCommitmentError(raw []byte) (*DisputesUnknownCommitment, error) {
	out := new(DisputesUnknownCommitment)
	if err := disputes.abi.UnpackIntoInterface(out, "UnknownCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesUnknownDispute represents a UnknownDispute error raised by the Disputes contract.
type DisputesUnknownDispute struct {
	DisputeId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(bytes32 disputeId)
func DisputesUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0xe96d90b00fb9a0a86fa6abb3d7622711e830a2f43acb1a7cc1584d73f0ad1f33")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(bytes32 disputeId)
func (disputes *Disputes) UnpackUnknownDisputeError(raw []byte) (*DisputesUnknownDispute, error) {
	out := new(DisputesUnknownDispute)
	if err := disputes.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesUpdateMismatch represents a UpdateMismatch error raised by the Disputes contract.
type DisputesUpdateMismatch struct {
	DisputeId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UpdateMismatch(bytes32 disputeId)
func DisputesUpdateMismatchErrorID() common.Hash {
	return common.HexToHash("0xaed3368f1845ce6a0d5b9c4eeb1c076843c5a66aacebeb1f447a1862545c1c18")
}

// UnpackUpdateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UpdateMismatch(bytes32 disputeId)
func (disputes *Disputes) UnpackUpdateMismatchError(raw []byte) (*DisputesUpdateMismatch, error) {
	out := new(DisputesUpdateMismatch)
	if err := disputes.abi.UnpackIntoInterface(out, "UpdateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesWrongPhase represents a WrongPhase error raised by the Disputes contract.
type DisputesWrongPhase struct {
	DisputeId [32]byte
	Phase     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(bytes32 disputeId, uint8 phase)
func DisputesWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0xa1365a0a80638d1f01ee53ca3c9919c387cb33053ac248a32f152920d0466ebb")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(bytes32 disputeId, uint8 phase)
func (disputes *Disputes) UnpackWrongPhaseError(raw []byte) (*DisputesWrongPhase, error) {
	out := new(DisputesWrongPhase)
	if err := disputes.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}
