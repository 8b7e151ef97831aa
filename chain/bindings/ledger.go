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

// DisputeParams is an auto generated low-level Go binding around an user-defined struct.
type DisputeParams struct {
	K                  uint32
	MoveDeadline       uint32
	VotingPeriod       uint32
	QuorumBps          uint16
	ChallengerShareBps uint16
	ValidatorFeeBps    uint16
	ChallengeBond      *big.Int
}

// LedgerHead is an auto generated low-level Go binding around an user-defined struct.
type LedgerHead struct {
	Tag             *big.Int
	ChallengeWindow *big.Int
	MinStakeGwei    uint64
	Height          uint32
	Gen             uint16
}

// LedgerRunConfig is an auto generated low-level Go binding around an user-defined struct.
type LedgerRunConfig struct {
	Sponsor            common.Address
	K                  uint32
	QuorumBps          uint16
	WorkerSlashBps     uint16
	DelegatorSlashBps  uint16
	ChallengerShareBps uint16
	ValidatorFeeBps    uint16
	ChallengeBond      *big.Int
	MoveDeadline       uint32
	VotingPeriod       uint32
	ChallengeWindow    uint32
	MinStake           *big.Int
}

// LedgerRunPool is an auto generated low-level Go binding around an user-defined struct.
type LedgerRunPool struct {
	RewardPool      *big.Int
	RewardPerUpdate *big.Int
}

// LedgerUpdateInfo is an auto generated low-level Go binding around an user-defined struct.
type LedgerUpdateInfo struct {
	Status          uint8
	WindowStart     *big.Int
	Height          uint32
	Gen             uint16
	ChallengeWindow *big.Int
}

// RunParams is an auto generated low-level Go binding around an user-defined struct.
type RunParams struct {
	RunId              [32]byte
	GenesisState       [32]byte
	GenesisCid         []byte
	K                  uint32
	MinStake           *big.Int
	ChallengeWindow    uint32
	MoveDeadline       uint32
	VotingPeriod       uint32
	QuorumBps          uint16
	WorkerSlashBps     uint16
	DelegatorSlashBps  uint16
	ChallengerShareBps uint16
	ValidatorFeeBps    uint16
	ChallengeBond      *big.Int
	RewardPerUpdate    *big.Int
	Funding            *big.Int
}

// StakingPool is an auto generated low-level Go binding around an user-defined struct.
type StakingPool struct {
	Tokens *big.Int
	Shares *big.Int
	Epoch  uint32
}

// StakingUnbonding is an auto generated low-level Go binding around an user-defined struct.
type StakingUnbonding struct {
	Owner       common.Address
	ReleaseTime uint64
	Self        bool
	Worker      common.Address
	Shares      *big.Int
	Epoch       uint32
}

// StakingWorker is an auto generated low-level Go binding around an user-defined struct.
type StakingWorker struct {
	SelfStake      *big.Int
	Unsettled      *big.Int
	CommissionBps  uint16
	ActiveDisputes uint16
	Registered     bool
}

// UpdateRef is an auto generated low-level Go binding around an user-defined struct.
type UpdateRef struct {
	RunId     [32]byte
	Parent    [32]byte
	StateHash [32]byte
	TraceRoot [32]byte
	CidHash   [32]byte
	Worker    common.Address
}

// LedgerMetaData contains all meta data concerning the Ledger contract.
var LedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractITokenLedger\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"disputes_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadRunParam\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"at\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CidTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"CommissionTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyDisputes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"}],\"name\":\"ParentNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PoolDepleted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"RunExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"}],\"name\":\"StaleHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"StillLive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"activeDisputes\",\"type\":\"uint256\"}],\"name\":\"WorkerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"enumLedger.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"}],\"name\":\"CommissionChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Delegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"fraud\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"DisputeClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"}],\"name\":\"HeadReset\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toWorker\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toDelegators\",\"type\":\"uint256\"}],\"name\":\"RewardsSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"genesisId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"genesisState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"genesisCid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RunFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromWorker\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromDelegators\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"self\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"UpdateCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"UpdateFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"UpdateReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CID_LEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MOVE_DEADLINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_MOVE_DEADLINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burnEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"fraud\",\"type\":\"bool\"}],\"name\":\"closeDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"genesisCid\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"workerSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"delegatorSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"challengeBond\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerUpdate\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"funding\",\"type\":\"uint96\"}],\"internalType\":\"structRunParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createRun\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"delegatedValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"fundRun\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"headOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint120\",\"name\":\"tag\",\"type\":\"uint120\"},{\"internalType\":\"uint24\",\"name\":\"challengeWindow\",\"type\":\"uint24\"},{\"internalType\":\"uint64\",\"name\":\"minStakeGwei\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"height\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gen\",\"type\":\"uint16\"}],\"internalType\":\"structLedger.Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"isHead\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"isLive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"markReverted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextUnbondingId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"openDispute\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"challengeBond\",\"type\":\"uint96\"}],\"internalType\":\"structDisputeParams\",\"name\":\"dp\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"payout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"pools\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"tokens\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Pool\",\"name\":\"delegation\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"tokens\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Pool\",\"name\":\"delegatorUnbonding\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"tokens\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Pool\",\"name\":\"selfUnbonding\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"runInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"workerSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"delegatorSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"challengeBond\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"}],\"internalType\":\"structLedger.RunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"rewardPool\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerUpdate\",\"type\":\"uint96\"}],\"internalType\":\"structLedger.RunPool\",\"name\":\"pool\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"}],\"name\":\"setCommission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractITokenLedger\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"}],\"name\":\"unbond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"unbondSelf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"unbonding\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"self\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Unbonding\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"updateInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"enumLedger.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"windowStart\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"height\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gen\",\"type\":\"uint16\"},{\"internalType\":\"uint24\",\"name\":\"challengeWindow\",\"type\":\"uint24\"}],\"internalType\":\"structLedger.UpdateInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"workerInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"selfStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"unsettled\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"activeDisputes\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structStaking.Worker\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Ledger",
	Bin: "0x60e0346100fb57601f6140c338819003918201601f19168301916001600160401b038311848410176100ff578084926060946040528339810103126100fb5780516001600160a01b03811681036100fb576020820151916001600160a01b03831683036100fb5760400151906001600160401b03821682036100fb5760805260a05260c052604051613faf908161011482396080518181816102980152818161181701528181612a1f01528181613a580152613bee015260a05181818161047801528181610e2401528181611b4a0152613016015260c0518181816104b1015281816106b701528181611577015281816131a5015261326f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80630a6f0503146134dd5780630a7292f5146134b15780630ac27ade146132065780630e1c1ce3146131eb578063117de2fd146131875780631e1bc7e514612e70578063215809ca146115cd5780632492191a14612daf5780632c7580bd14612b5a5780632e1a7d4d14612882578063445692871461268a5780634e3efce1146118df5780634e71d92d146117bd57806352aec689146115d257806352b65c4b146115cd57806353f2d117146115b0578063578e98251461156457806357aa91bd146115495780635efe5ddc1461143d57806361f129ad1461139757806365c7d79d146112e75780636a256b29146112c45780636febeb20146112a75780637f611505146111dd5780638b41166c14610fe9578063931f545314610d31578063a188625e14610b99578063a4063dbc14610af1578063a64e024a14610ad4578063a8b7a4041461068f578063b5579b89146105a8578063c594cc65146104e0578063d4c5b2521461049c578063db7dd35a14610459578063deb966341461043c578063df18e04714610404578063e1061db914610332578063e2fdcc1714610315578063e523c5d7146102c7578063fc0c546a146102835763fd9db0fe146101dc575f80fd5b3461027f57604036600319011261027f576101f561359b565b6101fd6135b1565b6001600160a01b0382165f90815260016020526040902061021d906139a3565b9060208201906001600160801b03825116155f14610245575050505060205f5b604051908152f35b61027161027a936001600160601b036102686001600160801b0394602098613762565b915116906138bc565b915116906138cf565b61023d565b5f80fd5b3461027f575f36600319011261027f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461027f5760206102d7366135e2565b905f52600982526001600160781b0360405f2054168015159182610302575b50506040519015158152f35b6001600160781b031614905082806102f6565b3461027f575f36600319011261027f576020600d54604051908152f35b3461027f57604036600319011261027f5760043561034e61360e565b815f5260096020526001600160781b0360405f205416156103f1576001600160601b03169081156103e257805f52600a60205260405f206001600160801b0361039a8482845416613af4565b166001600160801b03198254161790556103b48233613ba1565b6040519182527f2b9b23f4009503deb1bd48e955ed368ff021c5a3b4747f970e3bd422d071d70960203393a3005b631f2a200560e01b5f5260045ffd5b50630a76b95160e11b5f5260045260245ffd5b3461027f57602036600319011261027f576001600160a01b0361042561359b565b165f526007602052602060405f2054604051908152f35b3461027f575f36600319011261027f57602060405162278d008152f35b3461027f575f36600319011261027f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461027f575f36600319011261027f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461027f57602036600319011261027f576104f9613663565b61ffff811690612710821161059557335f525f60205260ff60405f205460e01c1615610582576105549061052c33613c9e565b335f525f60205260405f209081549061ffff60c01b9060c01b169061ffff60c01b1916179055565b6040519081527f2b6cf15144ce9e2d172bbfb01cfb234c2fb833adfd3a3abcc61398e8325387bd60203392a2005b63bfc6c33760e01b5f523360045260245ffd5b50632a88bac560e11b5f5260045260245ffd5b3461027f57604036600319011261027f576105c1613663565b6105c961360e565b90335f525f60205260405f209182549260ff8460e01c1661067c5761ffff83169361271085116106695764ff0000ffff60c01b191660c09390931b61ffff60c01b1692909217600160e01b1782556001600160601b03918282168319825416179055166106368133613ba1565b60405191825260208201527f75ca3f1309f5db91e8ea1821e2c5b8b55e97d67ba0f37d51c67532f7d8e5cb0f60403392a2005b84632a88bac560e11b5f5260045260245ffd5b6345ed80e960e01b5f523360045260245ffd5b3461027f57366003190160e0811261027f5760c01361027f5760c43580151580820361027f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610ac5575f906106ef613b32565b90815f52600860205260405f20926040519361070a85613674565b549461071960ff87168661395f565b64ffffffffff8660081c16602086015262ffffff604086019663ffffffff8160301c16885261ffff8160501c16606088015260601c16608086015284516005811015610ab15760011901610a8a576001600160a01b036107776137e9565b165f525f60205260405f2061ffff815460d01c16908115610a3d57805461ffff60d01b19165f1990920160d01b61ffff60d01b1691909117905515610a51575060043593845f52600b60205261091360405f20946107d36137e9565b95547f45a371af55b0726877a30f464edc14db5879ab096590bacce682cf6c1822359660406108aa61088161ffff808660d01c169560e01c169a61081681613c9e565b60018060a01b031694855f525f60205261087b845f20916001600160601b03835416926001600160601b0361085b8161271061085286896138bc565b0416809661393f565b166001600160601b0319825416179055875f526003602052855f20613ef1565b906137dc565b99845f52600160205261087b61089982855f20613ef1565b91865f526002602052845f20613ef1565b986108b58a826137dc565b9982519182526020820152a26108cd86600d546137dc565b600d55845f52600860205260405f20600460ff1982541617905584877f6a5a1b791fa7b89d65bd741c792712edcea1e030202973868fe5e43cddc8aa2e5f80a386613ded565b610959575b50602093505b60405190815282848201527f50c30235ac7758b602c65277846d4d7e5c6272b6adcc8840a6458aca7c8269c1604060043592a3604051908152f35b845f52600960205260405f2094855460f01c63ffffffff835116825f52600c60205260405f20825f5260205260405f2055602435926001600160781b03808516166001600160781b031989541617885563ffffffff5f19915116019063ffffffff8211610a3d57875463ffffffff60d01b191660d09290921b63ffffffff60d01b169190911787556001019561ffff8711610a3d5780546001600160f01b031660f09790971b6001600160f01b031916969096179095556020947f2822af5ffdd5945abdbac1ca69b5911bf8c8bd72e232e3910cac61787c1f58785f80a384610918565b634e487b7160e01b5f52601160045260245ffd5b5f838152600860208181526040909220805465ffffffffffff19164290921b65ffffffffff00169190911760011790559450925061091e565b8385516005811015610ab157610aac9163276065d160e21b5f52600452613624565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b632c6b259160e21b5f5260045ffd5b3461027f575f36600319011261027f576020604051621275008152f35b3461027f57602036600319011261027f57610120610b0d61359b565b610b15613b14565b50610b1e613b14565b50610b27613b14565b5060018060a01b0316805f526001602052610b9760405f20825f52600260205260405f20925f526003602052610b8d610b75610b6f610b6960405f20946139a3565b956139a3565b926139a3565b91610b836040518096613632565b6060850190613632565b60c0830190613632565bf35b3461027f57602036600319011261027f576101c06004355f610160604051610bc0816136e0565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015282610100820152826101208201528261014082015201525f6020604051610c13816136c5565b8281520152805f52600b60205260405f20905f52600a6020526001600160601b03610c4160405f20926137ff565b916001600160801b0360405191610c57836136c5565b5491818316815283602082019360801c168352836101606040519660018060a01b03815116885263ffffffff602082015116602089015261ffff604082015116604089015261ffff606082015116606089015261ffff608082015116608089015261ffff60a08201511660a089015261ffff60c08201511660c08901528260e08201511660e089015263ffffffff6101008201511661010089015263ffffffff6101208201511661012089015263ffffffff61014082015116610140890152015116610160860152511661018084015251166101a0820152f35b3461027f57602036600319011261027f57610d4a6135f8565b6001600160601b0381169081156103e257610d6433613c9e565b335f525f60205260405f20906001600160601b03825416838110610fd2576001600160601b0391610d949161393f565b166001600160601b0319825416179055335f52600360205260405f206001600160801b03610dc3833384613e90565b1691610de5610ddf846001600160801b03855460601c16613af4565b8361390d565b6001600160601b03610dfa8282855416613e51565b166001600160601b031983541617825560065491610e1783613ddf565b6006556001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b03421601906001600160401b038211610a3d5760209463ffffffff610f90925460e01c6001600160801b03806002604051610e85816136aa565b3381528a610f326001600160401b038e84019b169a8b81526040840190600182526060850193338552608086019b8c5260a08601998a525f528f6005905260405f209460018060a01b039060018060a01b03905116166001600160601b0360a01b865416178555518454906001600160401b0360a01b9060a01b16906001600160401b0360a01b1916178455511515839081549060ff60e01b90151560e01b169060ff60e01b1916179055565b60018060a01b03905116600182019060018060a01b03166001600160601b0360a01b82541617905501945116166001600160801b0319845416178355511681549063ffffffff60801b9060801b169063ffffffff60801b1916179055565b60405191600183528483015260408201523390827f5c4807670f864c0c17f95a53ef2912a7d5c0a273ac18fc3cba6f437641a9f89d60603393a4604051908152f35b83906322df051360e11b5f5260045260245260445ffd5b3461027f57604036600319011261027f5761100261359b565b6001600160601b0361101261360e565b169081156103e25760018060a01b03811690815f525f60205260ff60405f205460e01c16156111ca5761104481613c9e565b815f52600160205261105b8360405f209283613e90565b90811561117b57825f52600460205260405f2060018060a01b0333165f526020526110e56110df60405f2063ffffffff815460801c16845460e01c03611147575b6001600160801b038516906001600160801b036110bc8382845416613af4565b166001600160801b03198254161790556001600160801b03845460601c16613af4565b8261390d565b6001600160601b036110fa8582845416613e51565b166001600160601b03198254161790556111148333613ba1565b60405192835260208301527f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e0460403393a3005b80546001600160801b03198116825584546001600160a01b031990911660609190911c63ffffffff60801b1617815561109c565b6001600160601b0361119f8592546001600160801b038160601c16928391166137dc565b5f19810191908211610a3d576111b4916138cf565b90631d827f1f60e31b5f5260045260245260445ffd5b5063bfc6c33760e01b5f5260045260245ffd5b3461027f57602036600319011261027f576111f6613738565b506004355f52600860205260405f206040519061121282613674565b549061122160ff83168261395f565b602081019164ffffffffff8160081c168352604082019063ffffffff8160301c1682526060830161ffff8260501c16815262ffffff608085019260601c1682526040519351906005821015610ab15763ffffffff62ffffff9464ffffffffff60a09861ffff95895251166020880152511660408601525116606084015251166080820152f35b3461027f575f36600319011261027f576020600654604051908152f35b3461027f57602036600319011261027f576112e56112e061359b565b613c9e565b005b3461027f57602036600319011261027f57611300613738565b506004355f52600960205260a060405f2061ffff6040519161132183613674565b5463ffffffff6001600160781b038216938481526001600160401b036020820162ffffff8560781c16815262ffffff6040840191838760901c16835260806060860195878960d01c168752019660f01c875260405198895251166020880152511660408601525116606084015251166080820152f35b3461027f57602036600319011261027f576001600160601b036113b86135f8565b1680156103e2576113c833613c9e565b335f525f60205260405f20805460ff8160e01c1615610582576113f5836001600160601b03809316613e51565b166001600160601b031982541617905561140f8133613ba1565b6040519081527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a2005b3461027f5760c036600319011261027f57611456613b32565b805f52600860205260405f2062ffffff6040519161147383613674565b5461148160ff82168461395f565b64ffffffffff8160081c16602084015263ffffffff8160301c16604084015261ffff8160501c16606084015260601c16608082015280516005811015610ab1575f1901611529576114d56004359182613ded565b61151657815f52600860205260405f20600460ff198254161790557f6a5a1b791fa7b89d65bd741c792712edcea1e030202973868fe5e43cddc8aa2e5f80a3005b5063b82bec3960e01b5f5260045260245ffd5b516005811015610ab157610aac9163276065d160e21b5f52600452613624565b3461027f575f36600319011261027f576020604051601e8152f35b3461027f57602036600319011261027f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610ac5576112e5600435613a41565b3461027f575f36600319011261027f57602060405162093a808152f35b6135c7565b3461027f5760c036600319011261027f576115eb613b32565b805f52600860205260405f20805460ff81166005811015610ab157600181036117a557508064ffffffffff62ffffff61162c9360601c169160081c166137dc565b80421061178f5750602435805f52600860205260ff60405f2054166005811015610ab1576003036117795750600360ff1982541617905560043590815f52600a60205260405f20918254926001600160801b036001600160601b038560801c169416808511611771575b84806116e0575b507f13567609c65d2872be05908bcc47dbda5853bafc27381fc665e859e4d00ba3ae9150602090506001600160a01b036116d56137e9565b1694604051908152a4005b6116f46001600160801b03929183926138af565b83546001600160801b0319169116919091161790556001600160a01b036117196137e9565b165f525f60205260405f2061173b846001600160601b03835460601c16613e51565b81546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b1617905583808461169d565b935083611696565b826344cf6a3560e01b5f5260045260245260445ffd5b82631fa7512b60e21b5f5260045260245260445ffd5b63276065d160e21b5f526004849052610aac90613624565b3461027f575f36600319011261027f57335f52600760205260405f205480156118cc57335f5260076020525f604081205560405163a9059cbb60e01b81523360048201528160248201526020816044815f60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af19081156118c1575f91611892575b5015611883576020906040518181527fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a833392a2604051908152f35b6312171d8360e31b5f5260045ffd5b6118b4915060203d6020116118ba575b6118ac8183613717565b81019061398b565b82611847565b503d6118a2565b6040513d5f823e3d90fd5b633a8d87ed60e11b5f523360045260245ffd5b3461027f57602036600319011261027f576001600160401b036004351161027f576102006004353603600319011261027f57600435600401351561265c57600435600401355f5260096020526001600160781b0360405f205416612643576119516044600435016004356004016139db565b9050158015612624575b6125f15763ffffffff611972606460043501613a0d565b161580156125d1575b6125a7576001600160601b03611995608460043501613a1e565b16158015612580575b8015612552575b61252157603c63ffffffff6119be60a460043501613a0d565b16108015612502575b6124ca57601e63ffffffff6119e060c460043501613a0d565b161080156124ab575b61247657603c63ffffffff611a0260e460043501613a0d565b16108015612457575b6124225761ffff611a2161010460043501613a32565b16158015612405575b6123d35761ffff611a4061012460043501613a32565b161580156123b6575b61237f5761271061ffff611a6261014460043501613a32565b161161234557612710611a9a61ffff611a8061016460043501613a32565b1661ffff611a9361018460043501613a32565b16906137dc565b1161230a576001600160601b03611ab66101a460043501613a1e565b16156122d45763ffffffff611acf60a460043501613a0d565b1663ffffffff611ae3606460043501613a0d565b1660018101809111610a3d575f905b806001831b106122c4575060018101809111610a3d57611b409161087b611b2d9263ffffffff611b2660c460043501613a0d565b16906138bc565b63ffffffff611a9360e460043501613a0d565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016111561226e57611b846044600435016004356004016139db565b6001600160401b03811161225a5760405191611baa601f8301601f191660200184613717565b818352368282011161027f57815f9260209283860137830101526020815191012060405160208101916004356004013583525f60408301526024600435013560608301525f608083015260a08201525f60c082015260b48152611c0e60d482613717565b51902062ffffff611c2360a460043501613a0d565b1660405190611c3182613674565b60038252602082019064ffffffffff42168252604083015f815260608401925f845260808501928352855f52600860205260405f2094516005811015610ab1578554915165ffffffffffff1990921660ff919091161760089190911b65ffffffffff0016178455519183549061ffff60501b905160501b169162ffffff60601b905160601b169260301b69ffffffff00000000000016906effffffffffffffffff0000000000001916171717905560043560a401611cee90613a0d565b62ffffff16611d01608460043501613a1e565b6001600160601b0316633b9aca0090049060405191611d1f83613674565b6001600160781b03848116845260208085019384526001600160401b0390921660408086019182525f606087018181526080880182815260048035013583526009909652919020955186549551925191516001600160f01b031990961693169290921760789190911b62ffffff60781b161760909190911b67ffffffffffffffff60901b161760d09290921b63ffffffff60d01b169190911782555181546001600160f01b031660f09190911b6001600160f01b031916179055611de86101e460043501613a1e565b611df76101c460043501613a1e565b60405191611e04836136c5565b6001600160601b0316825260208201906001600160601b03168152600435600401355f52600a60205260405f2091516001600160801b03166001600160801b03166001600160801b0319835416178255518154906001600160601b0360801b9060801b16906001600160601b0360801b1916179055600435606401611e8890613a0d565b611e9761010460043501613a32565b611ea661012460043501613a32565b611eb561014460043501613a32565b90611ec561016460043501613a32565b90611ed561018460043501613a32565b92611ee56101a460043501613a1e565b92611ef460c460043501613a0d565b90611f0360e460043501613a0d565b92611f1260a460043501613a0d565b94611f21608460043501613a1e565b986040519a611f2f8c6136e0565b338c5260208c019063ffffffff16815260408c019161ffff16825260608c019261ffff16835260808c019361ffff16845260a08c019461ffff16855260c08c019961ffff168a5260e08c01986001600160601b031689526101008c019563ffffffff1686526101208c019663ffffffff1687526101408c019763ffffffff1688526101608c019a6001600160601b03168b52600435600401355f52600b60205260405f209b600160a01b6001900390600160a01b60019003905116166001600160601b0360a01b8d5416178c55518b549063ffffffff60a01b9060a01b169063ffffffff60a01b1916178b555161ffff16612042908b9081549061ffff60c01b9060c01b169061ffff60c01b1916179055565b51895461ffff60d01b191660d09190911b61ffff60d01b1617895551885491516001600160e01b0390921660e09190911b61ffff60e01b161760f09190911b6001600160f01b03191617875560018701945161ffff16908554945160101b6dffffffffffffffffffffffff0000169063ffffffff60701b905160701b169263ffffffff60901b905160901b169363ffffffff60b01b905160b01b169463ffffffff60b01b199263ffffffff60901b199171ffffffffffffffffffffffffffffffffffff1916171617161717179055516001600160601b031690600201906001600160601b03166001600160601b03198254161790556004356101e40161214790613a1e565b61215a906001600160601b031633613ba1565b61216c600480356044810191016139db565b9061217b606460043501613a0d565b9060405192848452600435602401356020850152604084016080905260808401906121a59261396b565b9063ffffffff1660608301523391806004356004013592037f79392073bc08228dc22a46cebf3f157d8a17cfd0b08275d0692e66e37225683c91a36121ef6101e460043501613a1e565b6001600160601b031615159060209161220a57604051908152f35b6122196101e460043501613a1e565b6001600160601b036040519116815233907f2b9b23f4009503deb1bd48e955ed368ff021c5a3b4747f970e3bd422d071d709846004356004013592a361023d565b634e487b7160e01b5f52604160045260245ffd5b6040516327cf62a360e11b815260206004820152602760248201527f6368616c6c656e676557696e646f772b646973707574653e3d756e626f6e64696044820152666e6744656c617960c81b6064820152608490fd5b906122ce90613ddf565b90611af2565b6040516327cf62a360e11b815260206004820152600d60248201526c18da185b1b195b99d9509bdb99609a1b6044820152606490fd5b6040516327cf62a360e11b81526020600482015260126024820152716368616c6c656e676572536861726542707360701b6044820152606490fd5b6040516327cf62a360e11b815260206004820152601160248201527064656c656761746f72536c61736842707360781b6044820152606490fd5b6040516327cf62a360e11b815260206004820152600e60248201526d776f726b6572536c61736842707360901b6044820152606490fd5b5061271061ffff6123cc61012460043501613a32565b1611611a49565b6040516327cf62a360e11b815260206004820152600960248201526871756f72756d42707360b81b6044820152606490fd5b5061271061ffff61241b61010460043501613a32565b1611611a2a565b6040516327cf62a360e11b815260206004820152600c60248201526b1d9bdd1a5b99d4195c9a5bd960a21b6044820152606490fd5b506212750063ffffffff61246f60e460043501613a0d565b1611611a0b565b6040516327cf62a360e11b815260206004820152600c60248201526b6d6f7665446561646c696e6560a01b6044820152606490fd5b5062093a8063ffffffff6124c360c460043501613a0d565b16116119e9565b6040516327cf62a360e11b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b5062278d0063ffffffff61251a60a460043501613a0d565b16116119c7565b6040516327cf62a360e11b81526020600482015260086024820152676d696e5374616b6560c01b6044820152606490fd5b506001600160401b036001600160601b03633b9aca0081612577608460043501613a1e565b160416116119a5565b506001600160601b03633b9aca008161259d608460043501613a1e565b160616151561199e565b6040516327cf62a360e11b81526020600482015260016024820152606b60f81b6044820152606490fd5b506201000063ffffffff6125e9606460043501613a0d565b16101561197b565b6040516327cf62a360e11b815260206004820152600a60248201526919d95b995cda5cd0da5960b21b6044820152606490fd5b50608061263b6044600435016004356004016139db565b90501161195b565b632c4b81bd60e11b5f526004356004013560045260245ffd5b6040516327cf62a360e11b81526020600482015260056024820152641c9d5b925960da1b6044820152606490fd5b3461027f57602036600319011261027f575f60a06040516126aa816136aa565b828152826020820152826040820152826060820152826080820152015260e05f6004355f52600560205260405f20604051916126e5836136aa565b815460018060a01b038116845260208401926001600160401b038260a01c16845260ff6040860192871c1615159081835260018060a01b03600182015416926002606088019285845201549360808801936001600160801b038616855263ffffffff60a08a019660801c1686525f1461286f575081516001600160a01b03165f90815260036020526040902061277a906139a3565b87516001600160a01b0316151580612855575b8061283f575b6127f1575b506040805197516001600160a01b03908116895296516001600160401b03166020890152905115159087015251909316606085015291516001600160801b03166080840152905163ffffffff1660a083015260c0820152f35b63ffffffff9550906001600160401b036128348594936001600160801b03602061282a82809a51166001600160601b03855116906138bc565b92015116906138cf565b965050909192612798565b506001600160801b036020820151161515612793565b5063ffffffff85511663ffffffff6040830151161461278d565b5f52600260205261277a60405f206139a3565b3461027f57602036600319011261027f57600435805f52600560205260405f2090604051916128b0836136aa565b80549260018060a01b03841691828252602082016001600160401b038660a01c16815260ff604084019660e01c1615158652600260018060a01b03600184015416926060850193845201549363ffffffff60a060808601956001600160801b0388168752019560801c1685523303612b47576001600160401b03905116804210612b31575080516001600160a01b03165f9081526020819052604090205460d01c61ffff169485612b0b57519394506001600160601b039315612aef57516001600160a01b03165f9081526003602052604090205b63ffffffff5f9351168154908160e01c1480612ada575b612a7d575b505050825f5260056020525f60026040822082815582600182015501551690811515806129fb575b611883576040519182527fcf7d23a3cbe4e8b36ff82fd1b05b1b17373dc7804b4ebbd6e2356716ef20237260203393a3005b5060405163a9059cbb60e01b8152336004820152602481018390526020816044815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af19081156118c1575f91612a5e575b50156129c9565b612a77915060203d6020116118ba576118ac8183613717565b83612a57565b8293506110df906001600160801b0386612ab182612aa581612abb98995116848716906138bc565b9460601c1680946138cf565b16955116906138ed565b82612ac9838284541661393f565b1683198254161790558380806129a1565b506001600160801b038160601c16151561299c565b516001600160a01b03165f908152600260205260409020612985565b81516355785c9f60e01b5f9081526001600160a01b039091166004526024879052604490fd5b84639da240c360e01b5f5260045260245260445ffd5b846309acb99760e31b5f5260045260245ffd5b3461027f5760a036600319011261027f576064356084356044356024356004356001600160401b03841161027f573660238501121561027f578360040135926001600160401b03841161027f576024850194602485369201011161027f57815f52600960205260405f2054906001600160781b0393848316858216811490811591612da6575b50612d905760808611612d7d576001600160401b038360901c16633b9aca00810290808204633b9aca001490151715610a3d57335f525f6020526001600160601b0360405f205416818110612d6857505060b4604051878982378781208682528360208301528460408301528a606083015260808201523360601b60a0820152209663ffffffff8460d01c169060018201809211610a3d5763ffffffff8211612d395760209989977f53993cd083c882dae9f09242345bba1101ad414daf05b9d9473863b2069631a796612d2e948a5f5260088e5262ffffff60601b8260181c16600161ffff60501b8460a01c168360301b4260081b1717171760405f2055895f5260098e5260d01b918a169070ffff00000000ffffffffffffffffffffff60781b16171760405f205560405194859485528b8501526040840152608060608401523397608084019161396b565b0390a4604051908152f35b6040516327cf62a360e11b81526020600482015260066024820152651a195a59da1d60d21b6044820152606490fd5b6322df051360e11b5f5260045260245260445ffd5b856356e1597560e01b5f5260045260245ffd5b83633ff41a4b60e11b5f5260045260245260445ffd5b90501589612be0565b3461027f57612dbd366135e2565b5f52600860205260405f209062ffffff60405192612dda84613674565b54612de860ff82168561395f565b64ffffffffff8160081c16602085015263ffffffff8160301c16604085015261ffff8160501c16606085015260601c16608083015281516005811015610ab15715159081612e57575b9160209282612e465750506040519015158152f35b612e509250613ded565b82806102f6565b90508151916005831015610ab157916004141590612e31565b3461027f57604036600319011261027f57612e8961359b565b602435906001600160801b0382169182810361027f5782156103e257612eae82613c9e565b6001600160a01b0382165f8181526001602090815260408083206004835281842033855290925290912080548254909693949293608088901c63ffffffff1660e083901c03613179576001600160801b038089165b168181106131645750916001600160801b03612f4e85826001600160601b03612f468783612f3b6110df9b85612f719e9c16906138bc565b9160601c16906138cf565b169b166138ed565b166001600160801b03198254161790556001600160801b03845460601c166138ed565b6001600160601b03612f86858284541661393f565b166001600160601b0319825416179055805f5260026020526001600160801b03612fb58460405f209485613e90565b1692612fd7612fd1856001600160801b03865460601c16613af4565b8461390d565b6001600160601b03612fec8282865416613e51565b166001600160601b03198454161783556006549261300984613ddf565b6006556001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b03421601906001600160401b038211610a3d5760209563ffffffff613125925460e01c6001600160801b03806002604051613077816136aa565b3381528a610f328d8f6001600160401b039085019c169b8c815260408501915f835260608601948552608086019b8c5260a08601998a525f5260206005905260405f209460018060a01b039060018060a01b03905116166001600160601b0360a01b865416178555518454906001600160401b0360a01b9060a01b16906001600160401b0360a01b1916178455511515839081549060ff60e01b90151560e01b169060ff60e01b1916179055565b604051915f8352858301526040820152827f5c4807670f864c0c17f95a53ef2912a7d5c0a273ac18fc3cba6f437641a9f89d60603393a4604051908152f35b63658ec5dd60e11b5f5260045260245260445ffd5b6001600160801b035f612f03565b3461027f57604036600319011261027f576131a061359b565b6024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610ac5576112e5916131e382600d546138af565b600d55613c46565b3461027f575f36600319011261027f57602060405160808152f35b3461027f57366003190160e0811261027f5760c01361027f5760c4356001600160a01b0381169081810361027f575f60c06040516132438161368f565b8281528260208201528260408201528260608201528260808201528260a0820152015260018060a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610ac55761329d613b32565b805f52600860205260405f20805460ff81166005811015610ab157600181036117a557508064ffffffffff62ffffff6132de9360601c169160081c166137dc565b8042101561349b5750805460ff191660021790556001600160a01b036133026137e9565b165f525f60205260405f2061ffff815460d01c1661ffff8114610a3d57815461ffff60d01b191660019190910160d01b61ffff60d01b16179055600435805f52600b60205260405f20613354906137ff565b91602083015163ffffffff169461010084015163ffffffff1661012085015163ffffffff1691604086015161ffff169360a087015161ffff169560c088015161ffff169760e00180516001600160601b0316996040519b6133b48d61368f565b8c5260208c0195865260408c0196875260608c0197885260808c0198895260a08c01998a5260c08c019a8b5281516001600160601b0316600d54906133f8916137dc565b600d5581516001600160601b031661340f91613ba1565b516001600160601b031660405190815260207fee69263ee5d1bc0f305b6b395fae90806bf0b9a5157f76ac86483a4a537fe9aa91a4604051965163ffffffff1687525163ffffffff1660208701525163ffffffff1660408601525161ffff1660608501525161ffff1660808401525161ffff1660a0830152516001600160601b031660c082015260e090f35b82634a7c9f8360e01b5f5260045260245260445ffd5b3461027f57604036600319011261027f57602061023d6134cf61359b565b6134d76135b1565b90613762565b3461027f57602036600319011261027f576134f661359b565b6134fe613738565b5060018060a01b03165f525f60205260a060405f206040519061352082613674565b5461ffff6001600160601b0382169283815281602082016001600160601b038560601c1681526001600160601b036040840191838760c01c16835260ff60806060870196868a60d01c168852019760e01c16151587526040519788525116602087015251166040850152511660608301525115156080820152f35b600435906001600160a01b038216820361027f57565b602435906001600160a01b038216820361027f57565b3461027f575f36600319011261027f576020604051603c8152f35b604090600319011261027f576004359060243590565b600435906001600160601b038216820361027f57565b602435906001600160601b038216820361027f57565b6005811015610ab157602452565b63ffffffff604080926001600160601b0381511685526001600160801b036020820151166020860152015116910152565b6004359061ffff8216820361027f57565b60a081019081106001600160401b0382111761225a57604052565b60e081019081106001600160401b0382111761225a57604052565b60c081019081106001600160401b0382111761225a57604052565b604081019081106001600160401b0382111761225a57604052565b61018081019081106001600160401b0382111761225a57604052565b606081019081106001600160401b0382111761225a57604052565b90601f801991011681019081106001600160401b0382111761225a57604052565b6040519061374582613674565b5f6080838281528260208201528260408201528260608201520152565b60018060a01b031690815f52600460205260405f209060018060a01b03165f5260205260405f209063ffffffff6040519261379c846136c5565b546001600160801b038116845260801c16908160208401525f52600160205260405f205460e01c145f146137d757516001600160801b031690565b505f90565b91908201809211610a3d57565b60a4356001600160a01b038116810361027f5790565b9060405161380c816136e0565b6101606001600160601b0360028395805460018060a01b038116865263ffffffff8160a01c16602087015261ffff8160c01c16604087015261ffff8160d01c16606087015261ffff8160e01c16608087015260f01c60a086015263ffffffff600182015461ffff811660c0880152848160101c1660e0880152818160701c16610100880152818160901c1661012088015260b01c16610140860152015416910152565b91908203918211610a3d57565b81810292918115918404141715610a3d57565b81156138d9570490565b634e487b7160e01b5f52601260045260245ffd5b906001600160801b03809116911603906001600160801b038211610a3d57565b8054600160601b600160e01b03191660609290921b6fffffffffffffffffffffffffffffffff60601b16919091179055565b906001600160601b03809116911603906001600160601b038211610a3d57565b6005821015610ab15752565b908060209392818452848401375f828201840152601f01601f1916010190565b9081602091031261027f5751801515810361027f5790565b906040516139b0816136fc565b60408193546001600160601b03811683526001600160801b038160601c16602084015260e01c910152565b903590601e198136030182121561027f57018035906001600160401b03821161027f5760200191813603831361027f57565b3563ffffffff8116810361027f5790565b356001600160601b038116810361027f5790565b3561ffff8116810361027f5790565b8015613af157613a5381600d546138af565b600d557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b1561027f575f8092602460405180958193630852cd8d60e31b83528660048401525af19081156118c1577fd83c63197e8e676d80ab0122beba9a9d20f3828839e9a1d6fe81d242e9cd7e6e92602092613ae1575b50604051908152a1565b5f613aeb91613717565b5f613ad7565b50565b906001600160801b03809116911601906001600160801b038211610a3d57565b60405190613b21826136fc565b5f6040838281528260208201520152565b60a4356001600160a01b038116810361027f576040516020810191600435835260243560208401526044356040840152606435606084015260843560808401526001600160601b03199060601b1660a0830152613b9b8160b4840103601f198101835282613717565b51902090565b8115159182613bb3575b505061188357565b6040516323b872dd60e01b81526001600160a01b03928316600482015230602482015260448101919091529150602090829060649082905f907f0000000000000000000000000000000000000000000000000000000000000000165af19081156118c1575f91613c27575b50155f80613bab565b613c40915060203d6020116118ba576118ac8183613717565b5f613c1e565b8115613c9a5760207f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39160018060a01b031692835f526007825260405f20613c8f8282546137dc565b9055604051908152a2565b5050565b60018060a01b03811690815f525f60205260405f206001600160601b03815460601c168015613dd9576001600160601b03613d8f7f4e38a3eebabe29eaad79f76c94599208a54f204cbd7d3907ac066df5afcb50579460609483861b19815416815554613d1f612710613d1861ffff8460c01c16886138bc565b04866138af565b90885f52600160205260405f20918254916001600160801b03613d4888851680998194166137dc565b938a1c16158015613dd1575b15613dac575050506001600160601b03613d6f5f8096613e51565b166001600160601b0319825416179055613d8983856138af565b90613c46565b613d9981836138af565b60405192835260208301526040820152a2565b6001600160601b0392613dc5613dca92613d6f946138bc565b6138cf565b8096613e51565b508215613d54565b50505050565b5f198114610a3d5760010190565b90815f52600960205260405f205460f01c9161ffff6060830151165b838110613e195750505050600190565b815f52600c60205260405f20815f5260205260405f205463ffffffff6040850151161015613e4957600101613e09565b505050505f90565b906001600160601b03613e6492166137dc565b6001600160601b038111613e7e576001600160601b031690565b6304041d9560e11b5f5260045260245ffd5b549091606082901c6001600160801b0316918215613eea576001600160601b0316928315613eca5750613ec79291613dc5916138bc565b90565b637339684b60e01b5f9081526001600160a01b0391909116600452602490fd5b5091505090565b9190916001600160601b03613f1b612710613f108385541696876138bc565b04948286169061393f565b166001600160601b031982541617815580546001600160601b038116159081613f8c575b50613f475750565b8054600160601b600160e01b031981168083559060e01c63ffffffff8114610a3d576001600160e01b0390911660019190910160e01b6001600160e01b031916179055565b6001600160801b03915060601c1615155f613f3f56fea164736f6c634300081c000a",
}

// Ledger is an auto generated Go binding around an Ethereum contract.
type Ledger struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Ledger) GetABI() abi.ABI {
	return c.abi
}

// NewLedger creates a new instance of Ledger.
func NewLedger() *Ledger {
	parsed, err := LedgerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Ledger{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Ledger) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address disputes_, uint64 unbondingDelay_) returns()
func (ledger *Ledger) PackConstructor(token_ common.Address, disputes_ common.Address, unbondingDelay_ uint64) []byte {
	enc, err := ledger.abi.Pack("", token_, disputes_, unbondingDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXCIDLEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e1c1ce3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CID_LEN() view returns(uint256)
func (ledger *Ledger) PackMAXCIDLEN() []byte {
	enc, err := ledger.abi.Pack("MAX_CID_LEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCIDLEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e1c1ce3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CID_LEN() view returns(uint256)
func (ledger *Ledger) TryPackMAXCIDLEN() ([]byte, error) {
	return ledger.abi.Pack("MAX_CID_LEN")
}

// UnpackMAXCIDLEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e1c1ce3.
//
// Solidity: function MAX_CID_LEN() view returns(uint256)
func (ledger *Ledger) UnpackMAXCIDLEN(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MAX_CID_LEN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMOVEDEADLINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f2d117.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MOVE_DEADLINE() view returns(uint256)
func (ledger *Ledger) PackMAXMOVEDEADLINE() []byte {
	enc, err := ledger.abi.Pack("MAX_MOVE_DEADLINE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMOVEDEADLINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f2d117.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MOVE_DEADLINE() view returns(uint256)
func (ledger *Ledger) TryPackMAXMOVEDEADLINE() ([]byte, error) {
	return ledger.abi.Pack("MAX_MOVE_DEADLINE")
}

// UnpackMAXMOVEDEADLINE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53f2d117.
//
// Solidity: function MAX_MOVE_DEADLINE() view returns(uint256)
func (ledger *Ledger) UnpackMAXMOVEDEADLINE(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MAX_MOVE_DEADLINE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64e024a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VOTING_PERIOD() view returns(uint256)
func (ledger *Ledger) PackMAXVOTINGPERIOD() []byte {
	enc, err := ledger.abi.Pack("MAX_VOTING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64e024a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VOTING_PERIOD() view returns(uint256)
func (ledger *Ledger) TryPackMAXVOTINGPERIOD() ([]byte, error) {
	return ledger.abi.Pack("MAX_VOTING_PERIOD")
}

// UnpackMAXVOTINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa64e024a.
//
// Solidity: function MAX_VOTING_PERIOD() view returns(uint256)
func (ledger *Ledger) UnpackMAXVOTINGPERIOD(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MAX_VOTING_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (ledger *Ledger) PackMAXWINDOW() []byte {
	enc, err := ledger.abi.Pack("MAX_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (ledger *Ledger) TryPackMAXWINDOW() ([]byte, error) {
	return ledger.abi.Pack("MAX_WINDOW")
}

// UnpackMAXWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (ledger *Ledger) UnpackMAXWINDOW(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MAX_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINMOVEDEADLINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57aa91bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_MOVE_DEADLINE() view returns(uint256)
func (ledger *Ledger) PackMINMOVEDEADLINE() []byte {
	enc, err := ledger.abi.Pack("MIN_MOVE_DEADLINE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINMOVEDEADLINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57aa91bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_MOVE_DEADLINE() view returns(uint256)
func (ledger *Ledger) TryPackMINMOVEDEADLINE() ([]byte, error) {
	return ledger.abi.Pack("MIN_MOVE_DEADLINE")
}

// UnpackMINMOVEDEADLINE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57aa91bd.
//
// Solidity: function MIN_MOVE_DEADLINE() view returns(uint256)
func (ledger *Ledger) UnpackMINMOVEDEADLINE(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MIN_MOVE_DEADLINE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x215809ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_VOTING_PERIOD() view returns(uint256)
func (ledger *Ledger) PackMINVOTINGPERIOD() []byte {
	enc, err := ledger.abi.Pack("MIN_VOTING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x215809ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_VOTING_PERIOD() view returns(uint256)
func (ledger *Ledger) TryPackMINVOTINGPERIOD() ([]byte, error) {
	return ledger.abi.Pack("MIN_VOTING_PERIOD")
}

// UnpackMINVOTINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x215809ca.
//
// Solidity: function MIN_VOTING_PERIOD() view returns(uint256)
func (ledger *Ledger) UnpackMINVOTINGPERIOD(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MIN_VOTING_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (ledger *Ledger) PackMINWINDOW() []byte {
	enc, err := ledger.abi.Pack("MIN_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (ledger *Ledger) TryPackMINWINDOW() ([]byte, error) {
	return ledger.abi.Pack("MIN_WINDOW")
}

// UnpackMINWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (ledger *Ledger) UnpackMINWINDOW(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("MIN_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurnEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x578e9825.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnEscrow(uint256 amount) returns()
func (ledger *Ledger) PackBurnEscrow(amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("burnEscrow", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x578e9825.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnEscrow(uint256 amount) returns()
func (ledger *Ledger) TryPackBurnEscrow(amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("burnEscrow", amount)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns(uint256 amount)
func (ledger *Ledger) PackClaim() []byte {
	enc, err := ledger.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns(uint256 amount)
func (ledger *Ledger) TryPackClaim() ([]byte, error) {
	return ledger.abi.Pack("claim")
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e71d92d.
//
// Solidity: function claim() returns(uint256 amount)
func (ledger *Ledger) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCloseDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8b7a404.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeDispute((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, bool fraud) returns(uint256 slashed)
func (ledger *Ledger) PackCloseDispute(u UpdateRef, fraud bool) []byte {
	enc, err := ledger.abi.Pack("closeDispute", u, fraud)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8b7a404.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeDispute((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, bool fraud) returns(uint256 slashed)
func (ledger *Ledger) TryPackCloseDispute(u UpdateRef, fraud bool) ([]byte, error) {
	return ledger.abi.Pack("closeDispute", u, fraud)
}

// UnpackCloseDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8b7a404.
//
// Solidity: function closeDispute((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, bool fraud) returns(uint256 slashed)
func (ledger *Ledger) UnpackCloseDispute(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("closeDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c7580bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 runId, bytes32 parent, bytes32 stateHash, bytes32 traceRoot, bytes cid) returns(bytes32 id)
func (ledger *Ledger) PackCommit(runId [32]byte, parent [32]byte, stateHash [32]byte, traceRoot [32]byte, cid []byte) []byte {
	enc, err := ledger.abi.Pack("commit", runId, parent, stateHash, traceRoot, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c7580bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 runId, bytes32 parent, bytes32 stateHash, bytes32 traceRoot, bytes cid) returns(bytes32 id)
func (ledger *Ledger) TryPackCommit(runId [32]byte, parent [32]byte, stateHash [32]byte, traceRoot [32]byte, cid []byte) ([]byte, error) {
	return ledger.abi.Pack("commit", runId, parent, stateHash, traceRoot, cid)
}

// UnpackCommit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c7580bd.
//
// Solidity: function commit(bytes32 runId, bytes32 parent, bytes32 stateHash, bytes32 traceRoot, bytes cid) returns(bytes32 id)
func (ledger *Ledger) UnpackCommit(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("commit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e3efce1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createRun((bytes32,bytes32,bytes,uint32,uint96,uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint96,uint96) p) returns(bytes32 genesisId)
func (ledger *Ledger) PackCreateRun(p RunParams) []byte {
	enc, err := ledger.abi.Pack("createRun", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e3efce1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createRun((bytes32,bytes32,bytes,uint32,uint96,uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint96,uint96) p) returns(bytes32 genesisId)
func (ledger *Ledger) TryPackCreateRun(p RunParams) ([]byte, error) {
	return ledger.abi.Pack("createRun", p)
}

// UnpackCreateRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e3efce1.
//
// Solidity: function createRun((bytes32,bytes32,bytes,uint32,uint96,uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint96,uint96) p) returns(bytes32 genesisId)
func (ledger *Ledger) UnpackCreateRun(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("createRun", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b41166c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address worker, uint96 amount) returns()
func (ledger *Ledger) PackDelegate(worker common.Address, amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("delegate", worker, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b41166c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address worker, uint96 amount) returns()
func (ledger *Ledger) TryPackDelegate(worker common.Address, amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("delegate", worker, amount)
}

// PackDelegatedValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd9db0fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegatedValue(address worker, address delegator) view returns(uint256)
func (ledger *Ledger) PackDelegatedValue(worker common.Address, delegator common.Address) []byte {
	enc, err := ledger.abi.Pack("delegatedValue", worker, delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegatedValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd9db0fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegatedValue(address worker, address delegator) view returns(uint256)
func (ledger *Ledger) TryPackDelegatedValue(worker common.Address, delegator common.Address) ([]byte, error) {
	return ledger.abi.Pack("delegatedValue", worker, delegator)
}

// UnpackDelegatedValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd9db0fe.
//
// Solidity: function delegatedValue(address worker, address delegator) view returns(uint256)
func (ledger *Ledger) UnpackDelegatedValue(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("delegatedValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputes() view returns(address)
func (ledger *Ledger) PackDisputes() []byte {
	enc, err := ledger.abi.Pack("disputes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputes() view returns(address)
func (ledger *Ledger) TryPackDisputes() ([]byte, error) {
	return ledger.abi.Pack("disputes")
}

// UnpackDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c5b252.
//
// Solidity: function disputes() view returns(address)
func (ledger *Ledger) UnpackDisputes(data []byte) (common.Address, error) {
	out, err := ledger.abi.Unpack("disputes", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(uint256)
func (ledger *Ledger) PackEscrow() []byte {
	enc, err := ledger.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(uint256)
func (ledger *Ledger) TryPackEscrow() ([]byte, error) {
	return ledger.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(uint256)
func (ledger *Ledger) UnpackEscrow(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("escrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52aec689.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize((bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns()
func (ledger *Ledger) PackFinalize(u UpdateRef) []byte {
	enc, err := ledger.abi.Pack("finalize", u)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52aec689.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize((bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns()
func (ledger *Ledger) TryPackFinalize(u UpdateRef) ([]byte, error) {
	return ledger.abi.Pack("finalize", u)
}

// PackFundRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1061db9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundRun(bytes32 runId, uint96 amount) returns()
func (ledger *Ledger) PackFundRun(runId [32]byte, amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("fundRun", runId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1061db9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundRun(bytes32 runId, uint96 amount) returns()
func (ledger *Ledger) TryPackFundRun(runId [32]byte, amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("fundRun", runId, amount)
}

// PackHeadOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c7d79d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headOf(bytes32 runId) view returns((uint120,uint24,uint64,uint32,uint16))
func (ledger *Ledger) PackHeadOf(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("headOf", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeadOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c7d79d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headOf(bytes32 runId) view returns((uint120,uint24,uint64,uint32,uint16))
func (ledger *Ledger) TryPackHeadOf(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("headOf", runId)
}

// UnpackHeadOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65c7d79d.
//
// Solidity: function headOf(bytes32 runId) view returns((uint120,uint24,uint64,uint32,uint16))
func (ledger *Ledger) UnpackHeadOf(data []byte) (LedgerHead, error) {
	out, err := ledger.abi.Unpack("headOf", data)
	if err != nil {
		return *new(LedgerHead), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerHead)).(*LedgerHead)
	return out0, nil
}

// PackIsHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe523c5d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isHead(bytes32 runId, bytes32 updateId) view returns(bool)
func (ledger *Ledger) PackIsHead(runId [32]byte, updateId [32]byte) []byte {
	enc, err := ledger.abi.Pack("isHead", runId, updateId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe523c5d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isHead(bytes32 runId, bytes32 updateId) view returns(bool)
func (ledger *Ledger) TryPackIsHead(runId [32]byte, updateId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("isHead", runId, updateId)
}

// UnpackIsHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe523c5d7.
//
// Solidity: function isHead(bytes32 runId, bytes32 updateId) view returns(bool)
func (ledger *Ledger) UnpackIsHead(data []byte) (bool, error) {
	out, err := ledger.abi.Unpack("isHead", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2492191a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLive(bytes32 runId, bytes32 updateId) view returns(bool)
func (ledger *Ledger) PackIsLive(runId [32]byte, updateId [32]byte) []byte {
	enc, err := ledger.abi.Pack("isLive", runId, updateId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2492191a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLive(bytes32 runId, bytes32 updateId) view returns(bool)
func (ledger *Ledger) TryPackIsLive(runId [32]byte, updateId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("isLive", runId, updateId)
}

// UnpackIsLive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2492191a.
//
// Solidity: function isLive(bytes32 runId, bytes32 updateId) view returns(bool)
func (ledger *Ledger) UnpackIsLive(data []byte) (bool, error) {
	out, err := ledger.abi.Unpack("isLive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMarkReverted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5efe5ddc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markReverted((bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns()
func (ledger *Ledger) PackMarkReverted(u UpdateRef) []byte {
	enc, err := ledger.abi.Pack("markReverted", u)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkReverted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5efe5ddc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markReverted((bytes32,bytes32,bytes32,bytes32,bytes32,address) u) returns()
func (ledger *Ledger) TryPackMarkReverted(u UpdateRef) ([]byte, error) {
	return ledger.abi.Pack("markReverted", u)
}

// PackNextUnbondingId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6febeb20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextUnbondingId() view returns(uint256)
func (ledger *Ledger) PackNextUnbondingId() []byte {
	enc, err := ledger.abi.Pack("nextUnbondingId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextUnbondingId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6febeb20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextUnbondingId() view returns(uint256)
func (ledger *Ledger) TryPackNextUnbondingId() ([]byte, error) {
	return ledger.abi.Pack("nextUnbondingId")
}

// UnpackNextUnbondingId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6febeb20.
//
// Solidity: function nextUnbondingId() view returns(uint256)
func (ledger *Ledger) UnpackNextUnbondingId(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("nextUnbondingId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac27ade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, address challenger) returns((uint32,uint32,uint32,uint16,uint16,uint16,uint96) dp)
func (ledger *Ledger) PackOpenDispute(u UpdateRef, challenger common.Address) []byte {
	enc, err := ledger.abi.Pack("openDispute", u, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac27ade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, address challenger) returns((uint32,uint32,uint32,uint16,uint16,uint16,uint96) dp)
func (ledger *Ledger) TryPackOpenDispute(u UpdateRef, challenger common.Address) ([]byte, error) {
	return ledger.abi.Pack("openDispute", u, challenger)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ac27ade.
//
// Solidity: function openDispute((bytes32,bytes32,bytes32,bytes32,bytes32,address) u, address challenger) returns((uint32,uint32,uint32,uint16,uint16,uint16,uint96) dp)
func (ledger *Ledger) UnpackOpenDispute(data []byte) (DisputeParams, error) {
	out, err := ledger.abi.Unpack("openDispute", data)
	if err != nil {
		return *new(DisputeParams), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeParams)).(*DisputeParams)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (ledger *Ledger) PackOwed(arg0 common.Address) []byte {
	enc, err := ledger.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (ledger *Ledger) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return ledger.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (ledger *Ledger) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117de2fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payout(address to, uint256 amount) returns()
func (ledger *Ledger) PackPayout(to common.Address, amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("payout", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117de2fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payout(address to, uint256 amount) returns()
func (ledger *Ledger) TryPackPayout(to common.Address, amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("payout", to, amount)
}

// PackPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4063dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pools(address worker) view returns((uint96,uint128,uint32) delegation, (uint96,uint128,uint32) delegatorUnbonding, (uint96,uint128,uint32) selfUnbonding)
func (ledger *Ledger) PackPools(worker common.Address) []byte {
	enc, err := ledger.abi.Pack("pools", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4063dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pools(address worker) view returns((uint96,uint128,uint32) delegation, (uint96,uint128,uint32) delegatorUnbonding, (uint96,uint128,uint32) selfUnbonding)
func (ledger *Ledger) TryPackPools(worker common.Address) ([]byte, error) {
	return ledger.abi.Pack("pools", worker)
}

// PoolsOutput serves as a container for the return parameters of contract
// method Pools.
type PoolsOutput struct {
	Delegation         StakingPool
	DelegatorUnbonding StakingPool
	SelfUnbonding      StakingPool
}

// UnpackPools is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4063dbc.
//
// Solidity: function pools(address worker) view returns((uint96,uint128,uint32) delegation, (uint96,uint128,uint32) delegatorUnbonding, (uint96,uint128,uint32) selfUnbonding)
func (ledger *Ledger) UnpackPools(data []byte) (PoolsOutput, error) {
	out, err := ledger.abi.Unpack("pools", data)
	outstruct := new(PoolsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Delegation = *abi.ConvertType(out[0], new(StakingPool)).(*StakingPool)
	outstruct.DelegatorUnbonding = *abi.ConvertType(out[1], new(StakingPool)).(*StakingPool)
	outstruct.SelfUnbonding = *abi.ConvertType(out[2], new(StakingPool)).(*StakingPool)
	return *outstruct, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5579b89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint16 commissionBps, uint96 amount) returns()
func (ledger *Ledger) PackRegister(commissionBps uint16, amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("register", commissionBps, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5579b89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint16 commissionBps, uint96 amount) returns()
func (ledger *Ledger) TryPackRegister(commissionBps uint16, amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("register", commissionBps, amount)
}

// PackRunInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa188625e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runInfo(bytes32 runId) view returns((address,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint32,uint32,uint32,uint96) config, (uint128,uint96) pool)
func (ledger *Ledger) PackRunInfo(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("runInfo", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa188625e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runInfo(bytes32 runId) view returns((address,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint32,uint32,uint32,uint96) config, (uint128,uint96) pool)
func (ledger *Ledger) TryPackRunInfo(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("runInfo", runId)
}

// RunInfoOutput serves as a container for the return parameters of contract
// method RunInfo.
type RunInfoOutput struct {
	Config LedgerRunConfig
	Pool   LedgerRunPool
}

// UnpackRunInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa188625e.
//
// Solidity: function runInfo(bytes32 runId) view returns((address,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint32,uint32,uint32,uint96) config, (uint128,uint96) pool)
func (ledger *Ledger) UnpackRunInfo(data []byte) (RunInfoOutput, error) {
	out, err := ledger.abi.Unpack("runInfo", data)
	outstruct := new(RunInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Config = *abi.ConvertType(out[0], new(LedgerRunConfig)).(*LedgerRunConfig)
	outstruct.Pool = *abi.ConvertType(out[1], new(LedgerRunPool)).(*LedgerRunPool)
	return *outstruct, nil
}

// PackSetCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc594cc65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommission(uint16 commissionBps) returns()
func (ledger *Ledger) PackSetCommission(commissionBps uint16) []byte {
	enc, err := ledger.abi.Pack("setCommission", commissionBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc594cc65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommission(uint16 commissionBps) returns()
func (ledger *Ledger) TryPackSetCommission(commissionBps uint16) ([]byte, error) {
	return ledger.abi.Pack("setCommission", commissionBps)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a256b29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(address worker) returns()
func (ledger *Ledger) PackSettle(worker common.Address) []byte {
	enc, err := ledger.abi.Pack("settle", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a256b29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(address worker) returns()
func (ledger *Ledger) TryPackSettle(worker common.Address) ([]byte, error) {
	return ledger.abi.Pack("settle", worker)
}

// PackSharesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a7292f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sharesOf(address worker, address delegator) view returns(uint256)
func (ledger *Ledger) PackSharesOf(worker common.Address, delegator common.Address) []byte {
	enc, err := ledger.abi.Pack("sharesOf", worker, delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSharesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a7292f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sharesOf(address worker, address delegator) view returns(uint256)
func (ledger *Ledger) TryPackSharesOf(worker common.Address, delegator common.Address) ([]byte, error) {
	return ledger.abi.Pack("sharesOf", worker, delegator)
}

// UnpackSharesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a7292f5.
//
// Solidity: function sharesOf(address worker, address delegator) view returns(uint256)
func (ledger *Ledger) UnpackSharesOf(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("sharesOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f129ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint96 amount) returns()
func (ledger *Ledger) PackStake(amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f129ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint96 amount) returns()
func (ledger *Ledger) TryPackStake(amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("stake", amount)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (ledger *Ledger) PackToken() []byte {
	enc, err := ledger.abi.Pack("token")
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
func (ledger *Ledger) TryPackToken() ([]byte, error) {
	return ledger.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (ledger *Ledger) UnpackToken(data []byte) (common.Address, error) {
	out, err := ledger.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e1bc7e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(address worker, uint128 shares) returns(uint256 id)
func (ledger *Ledger) PackUnbond(worker common.Address, shares *big.Int) []byte {
	enc, err := ledger.abi.Pack("unbond", worker, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e1bc7e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(address worker, uint128 shares) returns(uint256 id)
func (ledger *Ledger) TryPackUnbond(worker common.Address, shares *big.Int) ([]byte, error) {
	return ledger.abi.Pack("unbond", worker, shares)
}

// UnpackUnbond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e1bc7e5.
//
// Solidity: function unbond(address worker, uint128 shares) returns(uint256 id)
func (ledger *Ledger) UnpackUnbond(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("unbond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondSelf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x931f5453.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondSelf(uint96 amount) returns(uint256 id)
func (ledger *Ledger) PackUnbondSelf(amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("unbondSelf", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondSelf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x931f5453.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondSelf(uint96 amount) returns(uint256 id)
func (ledger *Ledger) TryPackUnbondSelf(amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("unbondSelf", amount)
}

// UnpackUnbondSelf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x931f5453.
//
// Solidity: function unbondSelf(uint96 amount) returns(uint256 id)
func (ledger *Ledger) UnpackUnbondSelf(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("unbondSelf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44569287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbonding(uint256 id) view returns((address,uint64,bool,address,uint128,uint32) e, uint256 value)
func (ledger *Ledger) PackUnbonding(id *big.Int) []byte {
	enc, err := ledger.abi.Pack("unbonding", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44569287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbonding(uint256 id) view returns((address,uint64,bool,address,uint128,uint32) e, uint256 value)
func (ledger *Ledger) TryPackUnbonding(id *big.Int) ([]byte, error) {
	return ledger.abi.Pack("unbonding", id)
}

// UnbondingOutput serves as a container for the return parameters of contract
// method Unbonding.
type UnbondingOutput struct {
	E     StakingUnbonding
	Value *big.Int
}

// UnpackUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44569287.
//
// Solidity: function unbonding(uint256 id) view returns((address,uint64,bool,address,uint128,uint32) e, uint256 value)
func (ledger *Ledger) UnpackUnbonding(data []byte) (UnbondingOutput, error) {
	out, err := ledger.abi.Unpack("unbonding", data)
	outstruct := new(UnbondingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.E = *abi.ConvertType(out[0], new(StakingUnbonding)).(*StakingUnbonding)
	outstruct.Value = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (ledger *Ledger) PackUnbondingDelay() []byte {
	enc, err := ledger.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (ledger *Ledger) TryPackUnbondingDelay() ([]byte, error) {
	return ledger.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (ledger *Ledger) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := ledger.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUpdateInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f611505.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateInfo(bytes32 updateId) view returns((uint8,uint40,uint32,uint16,uint24))
func (ledger *Ledger) PackUpdateInfo(updateId [32]byte) []byte {
	enc, err := ledger.abi.Pack("updateInfo", updateId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f611505.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateInfo(bytes32 updateId) view returns((uint8,uint40,uint32,uint16,uint24))
func (ledger *Ledger) TryPackUpdateInfo(updateId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("updateInfo", updateId)
}

// UnpackUpdateInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f611505.
//
// Solidity: function updateInfo(bytes32 updateId) view returns((uint8,uint40,uint32,uint16,uint24))
func (ledger *Ledger) UnpackUpdateInfo(data []byte) (LedgerUpdateInfo, error) {
	out, err := ledger.abi.Unpack("updateInfo", data)
	if err != nil {
		return *new(LedgerUpdateInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerUpdateInfo)).(*LedgerUpdateInfo)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 id) returns()
func (ledger *Ledger) PackWithdraw(id *big.Int) []byte {
	enc, err := ledger.abi.Pack("withdraw", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 id) returns()
func (ledger *Ledger) TryPackWithdraw(id *big.Int) ([]byte, error) {
	return ledger.abi.Pack("withdraw", id)
}

// PackWorkerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6f0503.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerInfo(address worker) view returns((uint96,uint96,uint16,uint16,bool))
func (ledger *Ledger) PackWorkerInfo(worker common.Address) []byte {
	enc, err := ledger.abi.Pack("workerInfo", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6f0503.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerInfo(address worker) view returns((uint96,uint96,uint16,uint16,bool))
func (ledger *Ledger) TryPackWorkerInfo(worker common.Address) ([]byte, error) {
	return ledger.abi.Pack("workerInfo", worker)
}

// UnpackWorkerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a6f0503.
//
// Solidity: function workerInfo(address worker) view returns((uint96,uint96,uint16,uint16,bool))
func (ledger *Ledger) UnpackWorkerInfo(data []byte) (StakingWorker, error) {
	out, err := ledger.abi.Unpack("workerInfo", data)
	if err != nil {
		return *new(StakingWorker), err
	}
	out0 := *abi.ConvertType(out[0], new(StakingWorker)).(*StakingWorker)
	return out0, nil
}

// LedgerBurned represents a Burned event raised by the Ledger contract.
type LedgerBurned struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (LedgerBurned) ContractEventName() string {
	return LedgerBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(uint256 amount)
func (ledger *Ledger) UnpackBurnedEvent(log *types.Log) (*LedgerBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerBurned)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerClaimed represents a Claimed event raised by the Ledger contract.
type LedgerClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LedgerClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (LedgerClaimed) ContractEventName() string {
	return LedgerClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (ledger *Ledger) UnpackClaimedEvent(log *types.Log) (*LedgerClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerClaimed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerCommissionChanged represents a CommissionChanged event raised by the Ledger contract.
type LedgerCommissionChanged struct {
	Worker        common.Address
	CommissionBps uint16
	Raw           *types.Log // Blockchain specific contextual infos
}

const LedgerCommissionChangedEventName = "CommissionChanged"

// ContractEventName returns the user-defined event name.
func (LedgerCommissionChanged) ContractEventName() string {
	return LedgerCommissionChangedEventName
}

// UnpackCommissionChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommissionChanged(address indexed worker, uint16 commissionBps)
func (ledger *Ledger) UnpackCommissionChangedEvent(log *types.Log) (*LedgerCommissionChanged, error) {
	event := "CommissionChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerCommissionChanged)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerCredited represents a Credited event raised by the Ledger contract.
type LedgerCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LedgerCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (LedgerCredited) ContractEventName() string {
	return LedgerCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (ledger *Ledger) UnpackCreditedEvent(log *types.Log) (*LedgerCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerCredited)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerDelegated represents a Delegated event raised by the Ledger contract.
type LedgerDelegated struct {
	Worker    common.Address
	Delegator common.Address
	Amount    *big.Int
	Shares    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerDelegatedEventName = "Delegated"

// ContractEventName returns the user-defined event name.
func (LedgerDelegated) ContractEventName() string {
	return LedgerDelegatedEventName
}

// UnpackDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delegated(address indexed worker, address indexed delegator, uint256 amount, uint256 shares)
func (ledger *Ledger) UnpackDelegatedEvent(log *types.Log) (*LedgerDelegated, error) {
	event := "Delegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDelegated)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerDisputeClosed represents a DisputeClosed event raised by the Ledger contract.
type LedgerDisputeClosed struct {
	RunId    [32]byte
	UpdateId [32]byte
	Fraud    bool
	Slashed  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerDisputeClosedEventName = "DisputeClosed"

// ContractEventName returns the user-defined event name.
func (LedgerDisputeClosed) ContractEventName() string {
	return LedgerDisputeClosedEventName
}

// UnpackDisputeClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeClosed(bytes32 indexed runId, bytes32 indexed updateId, bool fraud, uint256 slashed)
func (ledger *Ledger) UnpackDisputeClosedEvent(log *types.Log) (*LedgerDisputeClosed, error) {
	event := "DisputeClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDisputeClosed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerDisputeOpened represents a DisputeOpened event raised by the Ledger contract.
type LedgerDisputeOpened struct {
	RunId      [32]byte
	UpdateId   [32]byte
	Challenger common.Address
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LedgerDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (LedgerDisputeOpened) ContractEventName() string {
	return LedgerDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(bytes32 indexed runId, bytes32 indexed updateId, address indexed challenger, uint256 bond)
func (ledger *Ledger) UnpackDisputeOpenedEvent(log *types.Log) (*LedgerDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDisputeOpened)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerHeadReset represents a HeadReset event raised by the Ledger contract.
type LedgerHeadReset struct {
	RunId [32]byte
	Head  [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const LedgerHeadResetEventName = "HeadReset"

// ContractEventName returns the user-defined event name.
func (LedgerHeadReset) ContractEventName() string {
	return LedgerHeadResetEventName
}

// UnpackHeadResetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HeadReset(bytes32 indexed runId, bytes32 indexed head)
func (ledger *Ledger) UnpackHeadResetEvent(log *types.Log) (*LedgerHeadReset, error) {
	event := "HeadReset"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerHeadReset)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerRegistered represents a Registered event raised by the Ledger contract.
type LedgerRegistered struct {
	Worker        common.Address
	CommissionBps uint16
	Amount        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const LedgerRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (LedgerRegistered) ContractEventName() string {
	return LedgerRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed worker, uint16 commissionBps, uint256 amount)
func (ledger *Ledger) UnpackRegisteredEvent(log *types.Log) (*LedgerRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRegistered)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerRewardsSettled represents a RewardsSettled event raised by the Ledger contract.
type LedgerRewardsSettled struct {
	Worker       common.Address
	Amount       *big.Int
	ToWorker     *big.Int
	ToDelegators *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const LedgerRewardsSettledEventName = "RewardsSettled"

// ContractEventName returns the user-defined event name.
func (LedgerRewardsSettled) ContractEventName() string {
	return LedgerRewardsSettledEventName
}

// UnpackRewardsSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsSettled(address indexed worker, uint256 amount, uint256 toWorker, uint256 toDelegators)
func (ledger *Ledger) UnpackRewardsSettledEvent(log *types.Log) (*LedgerRewardsSettled, error) {
	event := "RewardsSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRewardsSettled)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerRunCreated represents a RunCreated event raised by the Ledger contract.
type LedgerRunCreated struct {
	RunId        [32]byte
	Sponsor      common.Address
	GenesisId    [32]byte
	GenesisState [32]byte
	GenesisCid   []byte
	K            uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const LedgerRunCreatedEventName = "RunCreated"

// ContractEventName returns the user-defined event name.
func (LedgerRunCreated) ContractEventName() string {
	return LedgerRunCreatedEventName
}

// UnpackRunCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunCreated(bytes32 indexed runId, address indexed sponsor, bytes32 genesisId, bytes32 genesisState, bytes genesisCid, uint32 k)
func (ledger *Ledger) UnpackRunCreatedEvent(log *types.Log) (*LedgerRunCreated, error) {
	event := "RunCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRunCreated)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerRunFunded represents a RunFunded event raised by the Ledger contract.
type LedgerRunFunded struct {
	RunId  [32]byte
	Funder common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerRunFundedEventName = "RunFunded"

// ContractEventName returns the user-defined event name.
func (LedgerRunFunded) ContractEventName() string {
	return LedgerRunFundedEventName
}

// UnpackRunFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunFunded(bytes32 indexed runId, address indexed funder, uint256 amount)
func (ledger *Ledger) UnpackRunFundedEvent(log *types.Log) (*LedgerRunFunded, error) {
	event := "RunFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRunFunded)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerSlashed represents a Slashed event raised by the Ledger contract.
type LedgerSlashed struct {
	Worker         common.Address
	FromWorker     *big.Int
	FromDelegators *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const LedgerSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (LedgerSlashed) ContractEventName() string {
	return LedgerSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed worker, uint256 fromWorker, uint256 fromDelegators)
func (ledger *Ledger) UnpackSlashedEvent(log *types.Log) (*LedgerSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerSlashed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerStaked represents a Staked event raised by the Ledger contract.
type LedgerStaked struct {
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (LedgerStaked) ContractEventName() string {
	return LedgerStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed worker, uint256 amount)
func (ledger *Ledger) UnpackStakedEvent(log *types.Log) (*LedgerStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStaked)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerUnbonded represents a Unbonded event raised by the Ledger contract.
type LedgerUnbonded struct {
	UnbondingId *big.Int
	Owner       common.Address
	Worker      common.Address
	Self        bool
	Amount      *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const LedgerUnbondedEventName = "Unbonded"

// ContractEventName returns the user-defined event name.
func (LedgerUnbonded) ContractEventName() string {
	return LedgerUnbondedEventName
}

// UnpackUnbondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unbonded(uint256 indexed unbondingId, address indexed owner, address indexed worker, bool self, uint256 amount, uint256 releaseTime)
func (ledger *Ledger) UnpackUnbondedEvent(log *types.Log) (*LedgerUnbonded, error) {
	event := "Unbonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerUnbonded)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerUpdateCommitted represents a UpdateCommitted event raised by the Ledger contract.
type LedgerUpdateCommitted struct {
	RunId     [32]byte
	UpdateId  [32]byte
	Worker    common.Address
	Parent    [32]byte
	StateHash [32]byte
	TraceRoot [32]byte
	Cid       []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerUpdateCommittedEventName = "UpdateCommitted"

// ContractEventName returns the user-defined event name.
func (LedgerUpdateCommitted) ContractEventName() string {
	return LedgerUpdateCommittedEventName
}

// UnpackUpdateCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateCommitted(bytes32 indexed runId, bytes32 indexed updateId, address indexed worker, bytes32 parent, bytes32 stateHash, bytes32 traceRoot, bytes cid)
func (ledger *Ledger) UnpackUpdateCommittedEvent(log *types.Log) (*LedgerUpdateCommitted, error) {
	event := "UpdateCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerUpdateCommitted)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerUpdateFinalized represents a UpdateFinalized event raised by the Ledger contract.
type LedgerUpdateFinalized struct {
	RunId    [32]byte
	UpdateId [32]byte
	Worker   common.Address
	Reward   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerUpdateFinalizedEventName = "UpdateFinalized"

// ContractEventName returns the user-defined event name.
func (LedgerUpdateFinalized) ContractEventName() string {
	return LedgerUpdateFinalizedEventName
}

// UnpackUpdateFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateFinalized(bytes32 indexed runId, bytes32 indexed updateId, address indexed worker, uint256 reward)
func (ledger *Ledger) UnpackUpdateFinalizedEvent(log *types.Log) (*LedgerUpdateFinalized, error) {
	event := "UpdateFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerUpdateFinalized)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerUpdateReverted represents a UpdateReverted event raised by the Ledger contract.
type LedgerUpdateReverted struct {
	RunId    [32]byte
	UpdateId [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerUpdateRevertedEventName = "UpdateReverted"

// ContractEventName returns the user-defined event name.
func (LedgerUpdateReverted) ContractEventName() string {
	return LedgerUpdateRevertedEventName
}

// UnpackUpdateRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateReverted(bytes32 indexed runId, bytes32 indexed updateId)
func (ledger *Ledger) UnpackUpdateRevertedEvent(log *types.Log) (*LedgerUpdateReverted, error) {
	event := "UpdateReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerUpdateReverted)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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

// LedgerWithdrawn represents a Withdrawn event raised by the Ledger contract.
type LedgerWithdrawn struct {
	UnbondingId *big.Int
	Owner       common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const LedgerWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LedgerWithdrawn) ContractEventName() string {
	return LedgerWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(uint256 indexed unbondingId, address indexed owner, uint256 amount)
func (ledger *Ledger) UnpackWithdrawnEvent(log *types.Log) (*LedgerWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerWithdrawn)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
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
func (ledger *Ledger) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return ledger.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadRunParam"].ID.Bytes()[:4]) {
		return ledger.UnpackBadRunParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["CidTooLong"].ID.Bytes()[:4]) {
		return ledger.UnpackCidTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["CommissionTooHigh"].ID.Bytes()[:4]) {
		return ledger.UnpackCommissionTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["InsufficientShares"].ID.Bytes()[:4]) {
		return ledger.UnpackInsufficientSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return ledger.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return ledger.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return ledger.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return ledger.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["OnlyDisputes"].ID.Bytes()[:4]) {
		return ledger.UnpackOnlyDisputesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ParentNotFinal"].ID.Bytes()[:4]) {
		return ledger.UnpackParentNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["PoolDepleted"].ID.Bytes()[:4]) {
		return ledger.UnpackPoolDepletedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RunExists"].ID.Bytes()[:4]) {
		return ledger.UnpackRunExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StaleHead"].ID.Bytes()[:4]) {
		return ledger.UnpackStaleHeadError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StillLive"].ID.Bytes()[:4]) {
		return ledger.UnpackStillLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return ledger.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return ledger.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnknownRun"].ID.Bytes()[:4]) {
		return ledger.UnpackUnknownRunError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["WorkerInDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackWorkerInDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return ledger.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroShares"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroSharesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LedgerAlreadyRegistered represents a AlreadyRegistered error raised by the Ledger contract.
type LedgerAlreadyRegistered struct {
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address worker)
func LedgerAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address worker)
func (ledger *Ledger) UnpackAlreadyRegisteredError(raw []byte) (*LedgerAlreadyRegistered, error) {
	out := new(LedgerAlreadyRegistered)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAmountTooLarge represents a AmountTooLarge error raised by the Ledger contract.
type LedgerAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func LedgerAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (ledger *Ledger) UnpackAmountTooLargeError(raw []byte) (*LedgerAmountTooLarge, error) {
	out := new(LedgerAmountTooLarge)
	if err := ledger.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBadRunParam represents a BadRunParam error raised by the Ledger contract.
type LedgerBadRunParam struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRunParam(string name)
func LedgerBadRunParamErrorID() common.Hash {
	return common.HexToHash("0x4f9ec546607e4ec1e2b64cd377cf8de3a0ee8cb412944dacaebdec98fe6320dd")
}

// UnpackBadRunParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRunParam(string name)
func (ledger *Ledger) UnpackBadRunParamError(raw []byte) (*LedgerBadRunParam, error) {
	out := new(LedgerBadRunParam)
	if err := ledger.abi.UnpackIntoInterface(out, "BadRunParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerChallengeWindowClosed represents a ChallengeWindowClosed error raised by the Ledger contract.
type LedgerChallengeWindowClosed struct {
	UpdateId [32]byte
	At       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(bytes32 updateId, uint256 at)
func LedgerChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4a7c9f83ec994db7e6ca146bffef961ccc5958158a9a8273f622be8e05cbff7c")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(bytes32 updateId, uint256 at)
func (ledger *Ledger) UnpackChallengeWindowClosedError(raw []byte) (*LedgerChallengeWindowClosed, error) {
	out := new(LedgerChallengeWindowClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerChallengeWindowOpen represents a ChallengeWindowOpen error raised by the Ledger contract.
type LedgerChallengeWindowOpen struct {
	UpdateId [32]byte
	Until    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(bytes32 updateId, uint256 until)
func LedgerChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x7e9d44ace20d32e3187716afe7c302ae531616fe9ed42db02c8348d64de79837")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(bytes32 updateId, uint256 until)
func (ledger *Ledger) UnpackChallengeWindowOpenError(raw []byte) (*LedgerChallengeWindowOpen, error) {
	out := new(LedgerChallengeWindowOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerCidTooLong represents a CidTooLong error raised by the Ledger contract.
type LedgerCidTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CidTooLong(uint256 length)
func LedgerCidTooLongErrorID() common.Hash {
	return common.HexToHash("0x56e15975e29cb98fc7f1d888174c58fb6e65f6117808b25c5554590cb48ec4e3")
}

// UnpackCidTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CidTooLong(uint256 length)
func (ledger *Ledger) UnpackCidTooLongError(raw []byte) (*LedgerCidTooLong, error) {
	out := new(LedgerCidTooLong)
	if err := ledger.abi.UnpackIntoInterface(out, "CidTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerCommissionTooHigh represents a CommissionTooHigh error raised by the Ledger contract.
type LedgerCommissionTooHigh struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommissionTooHigh(uint256 bps)
func LedgerCommissionTooHighErrorID() common.Hash {
	return common.HexToHash("0x5511758ae63764a3443660013017734e522eb68e7ef30fe141bef7c2524441dd")
}

// UnpackCommissionTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommissionTooHigh(uint256 bps)
func (ledger *Ledger) UnpackCommissionTooHighError(raw []byte) (*LedgerCommissionTooHigh, error) {
	out := new(LedgerCommissionTooHigh)
	if err := ledger.abi.UnpackIntoInterface(out, "CommissionTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerInsufficientShares represents a InsufficientShares error raised by the Ledger contract.
type LedgerInsufficientShares struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientShares(uint256 have, uint256 want)
func LedgerInsufficientSharesErrorID() common.Hash {
	return common.HexToHash("0xcb1d8bbaac965f93f06f14f4677fd4dbd26b1b89bf6dc7aa7c0ee5af7f19e420")
}

// UnpackInsufficientSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientShares(uint256 have, uint256 want)
func (ledger *Ledger) UnpackInsufficientSharesError(raw []byte) (*LedgerInsufficientShares, error) {
	out := new(LedgerInsufficientShares)
	if err := ledger.abi.UnpackIntoInterface(out, "InsufficientShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerInsufficientStake represents a InsufficientStake error raised by the Ledger contract.
type LedgerInsufficientStake struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func LedgerInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func (ledger *Ledger) UnpackInsufficientStakeError(raw []byte) (*LedgerInsufficientStake, error) {
	out := new(LedgerInsufficientStake)
	if err := ledger.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotOwner represents a NotOwner error raised by the Ledger contract.
type LedgerNotOwner struct {
	UnbondingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 unbondingId)
func LedgerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x4d65ccb87836c14e357fc7d2ed0c1ebd12046f5126b2b5b110dbe963719f2a99")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 unbondingId)
func (ledger *Ledger) UnpackNotOwnerError(raw []byte) (*LedgerNotOwner, error) {
	out := new(LedgerNotOwner)
	if err := ledger.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotRegistered represents a NotRegistered error raised by the Ledger contract.
type LedgerNotRegistered struct {
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address worker)
func LedgerNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address worker)
func (ledger *Ledger) UnpackNotRegisteredError(raw []byte) (*LedgerNotRegistered, error) {
	out := new(LedgerNotRegistered)
	if err := ledger.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNothingOwed represents a NothingOwed error raised by the Ledger contract.
type LedgerNothingOwed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address account)
func LedgerNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x751b0fdaa408a0c7537afaf0af96a92598192bff093a0ad0f684a7c83bc223c9")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address account)
func (ledger *Ledger) UnpackNothingOwedError(raw []byte) (*LedgerNothingOwed, error) {
	out := new(LedgerNothingOwed)
	if err := ledger.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerOnlyDisputes represents a OnlyDisputes error raised by the Ledger contract.
type LedgerOnlyDisputes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyDisputes()
func LedgerOnlyDisputesErrorID() common.Hash {
	return common.HexToHash("0xb1ac9644596ce661beeccc21dc0c70ed846b31d2527a684341e9083abf8b5b38")
}

// UnpackOnlyDisputesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyDisputes()
func (ledger *Ledger) UnpackOnlyDisputesError(raw []byte) (*LedgerOnlyDisputes, error) {
	out := new(LedgerOnlyDisputes)
	if err := ledger.abi.UnpackIntoInterface(out, "OnlyDisputes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerParentNotFinal represents a ParentNotFinal error raised by the Ledger contract.
type LedgerParentNotFinal struct {
	UpdateId [32]byte
	Parent   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentNotFinal(bytes32 updateId, bytes32 parent)
func LedgerParentNotFinalErrorID() common.Hash {
	return common.HexToHash("0x44cf6a35240d8a71195caacc9eec1e61df35684997a3ccfd3059552d9cf80249")
}

// UnpackParentNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentNotFinal(bytes32 updateId, bytes32 parent)
func (ledger *Ledger) UnpackParentNotFinalError(raw []byte) (*LedgerParentNotFinal, error) {
	out := new(LedgerParentNotFinal)
	if err := ledger.abi.UnpackIntoInterface(out, "ParentNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerPoolDepleted represents a PoolDepleted error raised by the Ledger contract.
type LedgerPoolDepleted struct {
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolDepleted(address worker)
func LedgerPoolDepletedErrorID() common.Hash {
	return common.HexToHash("0x7339684bd499cf3479203376a7cd0af257292faff4c8a015c45f548727e195d2")
}

// UnpackPoolDepletedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolDepleted(address worker)
func (ledger *Ledger) UnpackPoolDepletedError(raw []byte) (*LedgerPoolDepleted, error) {
	out := new(LedgerPoolDepleted)
	if err := ledger.abi.UnpackIntoInterface(out, "PoolDepleted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRunExists represents a RunExists error raised by the Ledger contract.
type LedgerRunExists struct {
	RunId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunExists(bytes32 runId)
func LedgerRunExistsErrorID() common.Hash {
	return common.HexToHash("0x5897037adb1fb17563dd3b9e35c4eedaaca7e53c5ba0426539bcc9411b2c3f78")
}

// UnpackRunExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunExists(bytes32 runId)
func (ledger *Ledger) UnpackRunExistsError(raw []byte) (*LedgerRunExists, error) {
	out := new(LedgerRunExists)
	if err := ledger.abi.UnpackIntoInterface(out, "RunExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStaleHead represents a StaleHead error raised by the Ledger contract.
type LedgerStaleHead struct {
	RunId  [32]byte
	Parent [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleHead(bytes32 runId, bytes32 parent)
func LedgerStaleHeadErrorID() common.Hash {
	return common.HexToHash("0x7fe83496d95154ab8a42c1616b38dad0546c5359a6ed8e21c531cac045bf53c8")
}

// UnpackStaleHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleHead(bytes32 runId, bytes32 parent)
func (ledger *Ledger) UnpackStaleHeadError(raw []byte) (*LedgerStaleHead, error) {
	out := new(LedgerStaleHead)
	if err := ledger.abi.UnpackIntoInterface(out, "StaleHead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStillLive represents a StillLive error raised by the Ledger contract.
type LedgerStillLive struct {
	UpdateId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillLive(bytes32 updateId)
func LedgerStillLiveErrorID() common.Hash {
	return common.HexToHash("0xb82bec39301dc66b3c16e75661ad3aa4ebb90940a4c23c200fc7292f4957b821")
}

// UnpackStillLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillLive(bytes32 updateId)
func (ledger *Ledger) UnpackStillLiveError(raw []byte) (*LedgerStillLive, error) {
	out := new(LedgerStillLive)
	if err := ledger.abi.UnpackIntoInterface(out, "StillLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStillUnbonding represents a StillUnbonding error raised by the Ledger contract.
type LedgerStillUnbonding struct {
	UnbondingId *big.Int
	ReleaseTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint256 unbondingId, uint256 releaseTime)
func LedgerStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0x9da240c346841a854967f9554e3dc87eb4d15e3ddddea6e52ae0fe52efa34f3d")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint256 unbondingId, uint256 releaseTime)
func (ledger *Ledger) UnpackStillUnbondingError(raw []byte) (*LedgerStillUnbonding, error) {
	out := new(LedgerStillUnbonding)
	if err := ledger.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerTransferFailed represents a TransferFailed error raised by the Ledger contract.
type LedgerTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func LedgerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (ledger *Ledger) UnpackTransferFailedError(raw []byte) (*LedgerTransferFailed, error) {
	out := new(LedgerTransferFailed)
	if err := ledger.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnknownRun represents a UnknownRun error raised by the Ledger contract.
type LedgerUnknownRun struct {
	RunId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRun(bytes32 runId)
func LedgerUnknownRunErrorID() common.Hash {
	return common.HexToHash("0x14ed72a27c3d0d046b7c27161f68d5b2ccc14d22e9b96f4d8fc7ca59a9254890")
}

// UnpackUnknownRunError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRun(bytes32 runId)
func (ledger *Ledger) UnpackUnknownRunError(raw []byte) (*LedgerUnknownRun, error) {
	out := new(LedgerUnknownRun)
	if err := ledger.abi.UnpackIntoInterface(out, "UnknownRun", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerWorkerInDispute represents a WorkerInDispute error raised by the Ledger contract.
type LedgerWorkerInDispute struct {
	Worker         common.Address
	ActiveDisputes *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WorkerInDispute(address worker, uint256 activeDisputes)
func LedgerWorkerInDisputeErrorID() common.Hash {
	return common.HexToHash("0x55785c9f0dbaec51d9907dca1901aff0a8e9b1f480fca0dd0cc34304569efd59")
}

// UnpackWorkerInDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WorkerInDispute(address worker, uint256 activeDisputes)
func (ledger *Ledger) UnpackWorkerInDisputeError(raw []byte) (*LedgerWorkerInDispute, error) {
	out := new(LedgerWorkerInDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "WorkerInDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerWrongStatus represents a WrongStatus error raised by the Ledger contract.
type LedgerWrongStatus struct {
	UpdateId [32]byte
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(bytes32 updateId, uint8 status)
func LedgerWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9d81974470eb5e30f285b1055c396a387d885a43a0fb39f84dcb3764cbc907a1")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(bytes32 updateId, uint8 status)
func (ledger *Ledger) UnpackWrongStatusError(raw []byte) (*LedgerWrongStatus, error) {
	out := new(LedgerWrongStatus)
	if err := ledger.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerZeroAmount represents a ZeroAmount error raised by the Ledger contract.
type LedgerZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LedgerZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (ledger *Ledger) UnpackZeroAmountError(raw []byte) (*LedgerZeroAmount, error) {
	out := new(LedgerZeroAmount)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerZeroShares represents a ZeroShares error raised by the Ledger contract.
type LedgerZeroShares struct {
	Amount    *big.Int
	MinAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroShares(uint256 amount, uint256 minAmount)
func LedgerZeroSharesErrorID() common.Hash {
	return common.HexToHash("0xec13f8f87b2a9d19889d8556556b053ba52f9fe2ea39b5c79923508a66b492a3")
}

// UnpackZeroSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroShares(uint256 amount, uint256 minAmount)
func (ledger *Ledger) UnpackZeroSharesError(raw []byte) (*LedgerZeroShares, error) {
	out := new(LedgerZeroShares)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}
