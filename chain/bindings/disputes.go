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
	Bin: "0x60c0346100bc57601f61202738819003918201601f19168301916001600160401b038311848410176100c05780849260409485528339810103126100bc578051906001600160a01b03821682036100bc5760200151906001600160a01b03821682036100bc5760805260a052604051611f5290816100d582396080518181816101ea01528181610bdf015281816110950152818161121f0152818161149101526115f9015260a05181818160b70152818161082801526117670152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908163109ecc5f146118ce575080632754c7101461189657806345d7f528146110c457806356397c351461107f578063565aa77e14610a895780637a1a344614610a1c578063839df945146109f35780639f2ce67814610753578063add98c70146103cb578063bd707b1b1461035e578063d169c081146100e95763fc0c546a146100a2575f80fd5b346100e657806003193601126100e6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100e65760203660031901126100e65760043580825260016020526040822060ff815460c01c1661011b8161197d565b6003810361033e575081835260026020526040832060018060a01b0333165f5260205260405f20600782019182549160ff8360901c1661015a8161197d565b6001811491828061032f575b801561030d575b8154906001600160601b0382169687159182156102fe575b82156102f5575b5081156102e0575b506102c85760ff60681b1916600160681b1790556101e093926001600160601b03928392839260059290916101c89061197d565b156102c057015460601c165b16935460981c16611a6b565b81156102ac5704907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156102a85760405163117de2fd60e01b8152336004820152602481018490529084908290604490829084905af1801561029d57610284575b60208383604051908282527f6166288faf22f464418f506cbb1fca756bb8777644d2d8298ccf11620694b5d0843393a3604051908152f35b61028f8480926119e8565b610299578261024c565b8280fd5b6040513d86823e3d90fd5b8380fd5b634e487b7160e01b84526012600452602484fd5b0154166101d4565b631e65609f60e21b8952600488905233602452604489fd5b6001600160601b03915060981c16155f610194565b1591505f61018c565b915060ff8360681c1691610185565b506103178261197d565b60028214801561016d575060ff815460601c1661016d565b5060ff815460601c1615610166565b836044918463509b2d0560e11b83526004526103598161197d565b602452fd5b50346100e65760603660031901126100e65760243567ffffffffffffffff81116103c757604060031982360301126103c7576044359067ffffffffffffffff82116102995760406003198336030112610299576103c49160040190600401600435611b58565b80f35b5080fd5b50346100e65760203660031901126100e6576040816102e0926102c083516103f2816119cb565b82815282602082015282858201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152015260043581526001602052206001600160601b036007604051926104a4846119cb565b64ffffffffff815460018060a01b038116865261ffff8160a01c16602087015261ffff8160b01c16604087015260ff8160c01c166104e18161197d565b606087015260ff8160c81c161515608087015260d01c1660a0850152600181015460018060a01b03811660c086015260a01c60e08501526002810154610100850152600381015461012085015260048101546101408501526005810154838116610160860152838160601c1661018086015260c01c6101a085015260068101546101c0850152015463ffffffff81166101e084015263ffffffff8160201c1661020084015263ffffffff8160401c1661022084015261ffff8160601c1661024084015261ffff8160701c1661026084015261ffff8160801c166102808401526105cf60ff8260901c1661197d565b60ff8160901c166102a084015260981c166102c08201526001600160601b036102c06040519260018060a01b03815116845261ffff602082015116602085015261ffff6040820151166040850152606081015161062b8161197d565b606085015260808101511515608085015264ffffffffff60a08201511660a085015260018060a01b0360c08201511660c08501528260e08201511660e08501526101008101516101008501526101208101516101208501526101408101516101408501528261016082015116610160850152826101808201511661018085015267ffffffffffffffff6101a0820151166101a08501526101c08101516101c085015263ffffffff6101e0820151166101e085015263ffffffff6102008201511661020085015263ffffffff6102208201511661022085015261ffff6102408201511661024085015261ffff6102608201511661026085015261ffff610280820151166102808501526102a08101516107428161197d565b6102a08501520151166102c0820152f35b50346100e65760403660031901126100e65760043560243590811515918281036102a857818452600160205260408420805460ff8160c01c166107958161197d565b600281036109d8575064ffffffffff8160d01c168042116109c157506001600160a01b0316331480156109ab575b61099c5782855260026020526040852060018060a01b0333165f5260205260405f20906001600160601b038254166109845760050190815460c01c9260405193630748d63560e31b855233600486015280602486015260208560448160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa948515610979578895610941575b50841561092b575081546cffffffffffffffffffffffffff19166001600160601b038516908117606088901b60ff60601b1617909255156108ed576108a86001600160601b039182845416611b38565b166001600160601b03198254161790555b60405192835260208301527f755f5495b65e6ffe748de1fe7173213557d364935e9d4804c17a03cc90b5532b60403393a380f35b8154906109116001600160601b0360601b916001600160601b038460601c16611b38565b60601b16906001600160601b0360601b19161790556108b9565b638102b74960e01b885233600452602452604487fd5b9094506020813d602011610971575b8161095d602093836119e8565b8101031261096d5751935f610858565b5f80fd5b3d9150610950565b6040513d8a823e3d90fd5b630bcf2ea360e01b8652600484905233602452604486fd5b632901970760e21b8552600485fd5b5060018101546001600160a01b031633146107c3565b63574d9c3960e01b87526004859052602452604486fd5b866044918663509b2d0560e11b83526004526103598161197d565b50346100e65760203660031901126100e657604060209160043581528083522054604051908152f35b50346100e65760203660031901126100e657600435808252816020526040822054610a77578082528160205243604083205533907f5163dffc587778cf40d20ee84aeeb27f951a3b6fb86c5c256b72b66f0f9765be8380a380f35b63d297b6c560e01b8252600452602490fd5b50346100e657366003190160e081126103c75760c0136100e65760c43567ffffffffffffffff81116103c757806004019060c060031982360301126102995760a4356001600160a01b03811693608435936064359391926004359290916024356044358985036110225760405160208101908782528360408201528260608201528960808201528a60a08201526001600160601b03198760601b1660c082015260b48152610b3860d4826119e8565b51902099833595610b4f336024880135898f611a0a565b9a8b8a528960205260408a2054801561106b57431115611057576001600160a01b03610b79611acc565b16331461104857604487013593808514611039578c8b528a6020528a6040812055604051956305613d6f60e11b87528a6004880152602487015260448601528a606486015260848501525060a48301523360c483015260e08260e4818a60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af191821561102e578792610f47575b5063ffffffff8251169560018701809711610f3357610c478263ffffffff855116610c3d6064890188611b02565b9290918b8b611dc9565b15610f19578988526001602052604088209a6001600160a01b03610c69611acc565b8d54865161ffff60b01b60b082901b16600163ffff000160a01b03199092169290931661ffff60b01b191691909117178d5563ffffffff169960018d01600160a01b6001900333166001600160601b0360a01b82541617815560c08601518154906001600160601b0360a01b9060a01b1690600160a01b600190031617905560028d01558660038d015560058c01805467ffffffffffffffff60c01b4360c01b1690600160c01b60019003161790558060068d01558a60078d019a8b549b602087019c8d5160201b67ffffffff0000000016604089015160401b6bffffffff0000000000000000169061ffff60601b60608b015160601b169061ffff60701b60808c015160701b169261ffff60801b60a08d015160801b169461ffff60801b199261ffff60701b19918961ffff60601b19916001600160601b0319161716171617161717179055610db8611acc565b9060405191338352600160a01b60019003166020830152896040830152606082015260807f84b9c01984b801dffafbfe4caa4f8b0b4b518f0418c813e9a8e39ebe95c00c0b91a4815163ffffffff1690604051918252602082015288339160405f516020611f265f395f51905f5291a351600163ffffffff821603610e525750505050505050610e4a81602093611ea1565b604051908152f35b92610e8492610e7c979592637fffffff60a4989660011c169889916084840135998a940190611b02565b949093611dc9565b15610f05575060048501829055845460ff60c01b1916600160c01b17855551602094610ee29164ffffffffff90610ec19063ffffffff1642611a4a565b825464ffffffffff60d01b1916911660d01b64ffffffffff60d01b16179055565b60405191825283820152815f516020611f265f395f51905f5260403393a3610e4a565b630196930160e31b81526004849052602490fd5b8251630196930160e31b895263ffffffff16600452602488fd5b634e487b7160e01b88526011600452602488fd5b90915060e0813d60e011611026575b81610f6360e093836119e8565b81010312611022576040519060e0820182811067ffffffffffffffff82111761100e5760405260c090610f9581611ae2565b8352610fa360208201611ae2565b6020840152610fb460408201611ae2565b6040840152610fc560608201611af3565b6060840152610fd660808201611af3565b6080840152610fe760a08201611af3565b60a084015201516001600160601b038116810361100a5760c0820152905f610c0f565b8780fd5b634e487b7160e01b89526041600452602489fd5b8680fd5b3d9150610f56565b6040513d89823e3d90fd5b6303f9fc9760e31b8b5260048bfd5b63706cd38160e01b8a5260048afd5b638145065760e01b8a5260048c905260248afd5b630fcffcff60e21b8b5260048d905260248bfd5b50346100e657806003193601126100e6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461096d5760e036600319011261096d5760043560c036602319011261096d57805f52600160205260405f2080549160ff8360c01c166111048161197d565b60018114801580611882575b6118625764ffffffffff8560d01c168042111561184c575060c4356001600160a01b038116810361096d576040516020810191602435835260443560408301526064356060830152608435608083015260a43560a08301526001600160601b03199060601b1660c082015260b4815261118a60d4826119e8565b519020916006850192835403611839576111a39061197d565b1561171f5760ff8460c81c165f146117185760025b935b60ff60c01b1916600360c01b178355600783016111d68561197d565b805460ff60901b1916609086901b60ff60901b1617815560018401805490965f95909160a01c90866112078961197d565b6001890361146f5750604051632a2de90160e21b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169261125460048301611a7e565b600160c483015260208260e48188885af191821561140857859261143b575b50819a86546001600160601b03600561271061129661ffff8560701c1688611a6b565b0496015460601c16611417575b50546001600160a01b0316906112ba908490611a4a565b90843b156114135760405163117de2fd60e01b81526001600160a01b039190911660048201526024810191909152848160448183885af180156114085789929186916113ed575b50506113159261131091611abf565b611abf565b813b1561029957829160248392604051948593849263578e982560e01b845260048401525af180156113e2576113cd575b50506020957fc078c8acb04b2b1dd6c592845df49738b0d47f2216b603df3d2bb6a6ec243c23926060925b80546bffffffffffffffffffffffff60981b1916609888901b6bffffffffffffffffffffffff60981b1617905554604051909590916113af8861197d565b878352888301526040820152a3604051906113c98161197d565b8152f35b6113d88280926119e8565b6100e65780611346565b6040513d84823e3d90fd5b81929350906113fb916119e8565b6102a8578790845f611301565b6040513d87823e3d90fd5b8580fd5b6112ba919a5061271061143261ffff879360801c1686611a6b565b049a91506112a3565b9091506020813d602011611467575b81611457602093836119e8565b8101031261096d5751905f611273565b3d915061144a565b986114798961197d565b600289036115e85750604051632a2de90160e21b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691906114c760048201611a7e565b8460c482015260208160e48188875af18015611408576115b9575b506001600160601b03600582015416611596575b546001600160a01b03169161150c908890611abf565b91813b156102a85760405163117de2fd60e01b81526001600160a01b03919091166004820152602481019290925282908290604490829084905af180156113e257611581575b50506020957fc078c8acb04b2b1dd6c592845df49738b0d47f2216b603df3d2bb6a6ec243c2392606092611371565b61158c8280926119e8565b6100e65780611552565b965061150c6127106115b061ffff875460801c1685611a6b565b049790506114f6565b6020813d6020116115e0575b816115d2602093836119e8565b8101031261096d57516114e2565b3d91506115c5565b604051632a2de90160e21b815294997f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316969590945090915061163560048201611a7e565b5f60c482015260208160e4815f8a5af180156116de576116e9575b50546001600160a01b031690843b1561096d5760405163117de2fd60e01b81526001600160a01b039290921660048301526024820152925f908490604490829084905af19182156116de576020977fc078c8acb04b2b1dd6c592845df49738b0d47f2216b603df3d2bb6a6ec243c23946060946116ce575b50611371565b5f6116d8916119e8565b5f6116c8565b6040513d5f823e3d90fd5b6020813d602011611710575b81611702602093836119e8565b8101031261096d5751611650565b3d91506116f5565b60016111b8565b60058301546001600160601b0381166001600160601b038260601c16916117468383611a4a565b604051632394e7a360e21b815260c09290921c6004830152906020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156116de575f91611805575b506117b96127109161ffff60078a015460601c1690611a6b565b0481159182156117fb575b505080156117f2575b156117dc5750506003936111ba565b11156117eb5760025b936111ba565b60016117e5565b508181146117cd565b1090505f806117c4565b90506020813d602011611831575b81611820602093836119e8565b8101031261096d57516117b961179f565b3d9150611813565b8363aed3368f60e01b5f5260045260245ffd5b8363baa881c760e01b5f5260045260245260445ffd5b509063509b2d0560e11b5f5260045261187a8161197d565b60245260445ffd5b5061188c8261197d565b6002821415611110565b3461096d57608036600319011261096d576064356001600160a01b038116810361096d57610e4a602091604435602435600435611a0a565b3461096d57604036600319011261096d57602435906001600160a01b038216820361096d576040816119005f9361199b565b82815282602082015201526004355f52600260205260405f209060018060a01b03165f52602052606060405f206040519061193a8261199b565b546001600160601b0381169182815260ff604060208301928285881c1615158452019260681c161515825260405192835251151560208301525115156040820152f35b6004111561198757565b634e487b7160e01b5f52602160045260245ffd5b6060810190811067ffffffffffffffff8211176119b757604052565b634e487b7160e01b5f52604160045260245ffd5b6102e0810190811067ffffffffffffffff8211176119b757604052565b90601f8019910116810190811067ffffffffffffffff8211176119b757604052565b9290916040519260208401948552604084015260608301526001600160601b03199060601b16608082015260748152611a446094826119e8565b51902090565b91908201809211611a5757565b634e487b7160e01b5f52601160045260245ffd5b81810292918115918404141715611a5757565b602435815260443560208201526064356040820152608435606082015260a435608082015260c4356001600160a01b038116919082900361096d5760a00152565b91908203918211611a5757565b60a4356001600160a01b038116810361096d5790565b519063ffffffff8216820361096d57565b519061ffff8216820361096d57565b903590601e198136030182121561096d570180359067ffffffffffffffff821161096d57602001918160051b3603831361096d57565b906001600160601b03809116911601906001600160601b038211611a5757565b9091815f52600160205260405f2080549160ff8360c01c16611b798161197d565b60018103611db1575060ff8360c81c16805f14611da25760018301546001600160a01b03165b6001600160a01b031633819003611d8c575064ffffffffff8460d01c16804211611d7657508015611d6b576003830154935b61ffff8160a01c169061ffff8160b01c1690611bed8284611a4a565b60011c600787019963ffffffff8b54169060018201809211611a5757610e7c918a8285611c2294359582602088940190611b02565b15611d58576004880194855482145f14611d4e575081925b63ffffffff60a01b191660a084901b61ffff60a01b161760b085901b61ffff60b01b161788556040519182526020820152885f516020611f265f395f51905f5260403393a36001611c8b8284611abf565b14611d3b5790611c9a91611a4a565b60011c96549263ffffffff841660018101809111611a5757610e7c96828a611cca9435998260208c940190611b02565b15611d2857849055825460ff60c81b1916901560c81b60ff60c81b16178255611d08919064ffffffffff90610ec19060201c63ffffffff1642611a4a565b60405192835260208301525f516020611f265f395f51905f5260403393a3565b86630196930160e31b5f5260045260245ffd5b50505050509050611d4c9250611ea1565b565b9293508193611c3a565b50630196930160e31b5f5260045260245ffd5b600283015493611bd1565b8563574d9c3960e01b5f5260045260245260445ffd5b8563eb9a63e160e01b5f5260045260245260445ffd5b6001600160a01b038416611b9f565b63509b2d0560e11b5f52600485905261187a8161197d565b9492909391938015908115611e94575b8115611e89575b8115611e5f575b50611e565790916040515f815360018101928352602181209493809260051b01925b838310611e195750505050501490565b90919293948335600184536001871615611e4957825260218301525b604182209460011c93926020019190611e09565b9082526021830152611e35565b50505050505f90565b5f91505b806001831b10611e7757508314155f611de7565b905f198114611a575760010190611e63565b808610159150611de0565b6201000081119150611dd9565b805460ff60c01b1916600160c11b17815560078101547fd81cb422b0451ca6ae217ac0ba161efc2937e74f5307ff0f42d430bbc4aac4339160409161ffff90611ef290841c63ffffffff1642611a4a565b825464ffffffffff60d01b191660d082901b64ffffffffff60d01b16178355915460a01c169082519182526020820152a256fed51f98458254b918ffb24d0f19b38c97c8fa2de0787cf4b7996c34ea7f4b19ffa164736f6c634300081c000a",
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
