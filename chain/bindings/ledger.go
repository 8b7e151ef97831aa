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
	RevertCount        uint32
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
	Height          *big.Int
	Gen             uint32
	ChallengeWindow uint32
	MinStake        *big.Int
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractITokenLedger\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"disputes_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadRunParam\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"at\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CidTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"CommissionTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyDisputes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"}],\"name\":\"ParentNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PoolDepleted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"RunExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"}],\"name\":\"StaleHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"StillLive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"activeDisputes\",\"type\":\"uint256\"}],\"name\":\"WorkerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"internalType\":\"enumLedger.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"}],\"name\":\"CommissionChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Delegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"fraud\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"DisputeClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"}],\"name\":\"HeadReset\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toWorker\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toDelegators\",\"type\":\"uint256\"}],\"name\":\"RewardsSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"genesisId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"genesisState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"genesisCid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RunFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromWorker\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromDelegators\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"self\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"UpdateCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"UpdateFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"UpdateReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"unbondingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CID_LEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MOVE_DEADLINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_MOVE_DEADLINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_VOTING_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burnEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"fraud\",\"type\":\"bool\"}],\"name\":\"closeDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"genesisCid\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"workerSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"delegatorSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"challengeBond\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerUpdate\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"funding\",\"type\":\"uint96\"}],\"internalType\":\"structRunParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createRun\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"delegatedValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"fundRun\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"heads\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"isLive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"}],\"name\":\"markReverted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextUnbondingId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"internalType\":\"structUpdateRef\",\"name\":\"u\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"openDispute\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"challengeBond\",\"type\":\"uint96\"}],\"internalType\":\"structDisputeParams\",\"name\":\"dp\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"payout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"pools\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"tokens\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Pool\",\"name\":\"delegation\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"tokens\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Pool\",\"name\":\"delegatorUnbonding\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"tokens\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Pool\",\"name\":\"selfUnbonding\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"runInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"workerSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"delegatorSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"challengeBond\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moveDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revertCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"}],\"internalType\":\"structLedger.RunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"rewardPool\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerUpdate\",\"type\":\"uint96\"}],\"internalType\":\"structLedger.RunPool\",\"name\":\"pool\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"}],\"name\":\"setCommission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractITokenLedger\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"}],\"name\":\"unbond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"unbondSelf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"unbonding\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"self\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"shares\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structStaking.Unbonding\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"updateId\",\"type\":\"bytes32\"}],\"name\":\"updateInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"enumLedger.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"windowStart\",\"type\":\"uint40\"},{\"internalType\":\"uint48\",\"name\":\"height\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"gen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"}],\"internalType\":\"structLedger.UpdateInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"workerInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"selfStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"unsettled\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"commissionBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"activeDisputes\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structStaking.Worker\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Ledger",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051614e13380380614e1383398101604081905261002e91610068565b6001600160a01b039283166080526001600160401b031660a0521660c0526100bd565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f5f6060848603121561007a575f5ffd5b835161008581610051565b602085015190935061009681610051565b60408501519092506001600160401b03811681146100b2575f5ffd5b809150509250925092565b60805160a05160c051614ce661012d5f395f818161089b01528181610a6301528181610ee201528181612b7401526132e901525f81816108da0152818161215a0152613df101525f818161095e015281816119080152818161286701528181612be40152613a900152614ce65ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c806361f129ad11610135578063b5579b89116100b4578063df18e04711610079578063df18e0471461091e578063e1061db91461093d578063e2fdcc1714610950578063fc0c546a14610959578063fd9db0fe14610980575f5ffd5b8063b5579b8914610870578063c594cc6514610883578063d4c5b25214610896578063db7dd35a146108d5578063deb9663414610914575f5ffd5b8063931f5453116100fa578063931f545314610588578063a188625e1461059b578063a4063dbc14610743578063a64e024a14610853578063a8b7a4041461085d575f5ffd5b806361f129ad146105265780636a256b29146105395780636febeb201461054c5780637f611505146105555780638b41166c14610575575f5ffd5b80632e1a7d4d116101c157806352b65c4b1161018657806352b65c4b146103e757806353f2d117146104ee578063578e9825146104f857806357aa91bd1461050b5780635efe5ddc14610513575f5ffd5b80632e1a7d4d1461042557806344569287146104385780634e3efce1146104c05780634e71d92d146104d357806352aec689146104db575f5ffd5b8063117de2fd11610207578063117de2fd146103bf5780631e1bc7e5146103d4578063215809ca146103e75780632492191a146103ef5780632c7580bd14610412575f5ffd5b80630a6f0503146102435780630a7292f5146103575780630ac27ade146103785780630d97b0ff146103985780630e1c1ce3146103b7575b5f5ffd5b6102f16102513660046143e8565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b03165f9081526020818152604091829020825160a08101845290546001600160601b038082168352600160601b8204169282019290925261ffff600160c01b8304811693820193909352600160d01b8204909216606083015260ff600160e01b909104161515608082015290565b60405161034e91905f60a0820190506001600160601b0383511682526001600160601b03602084015116602083015261ffff604084015116604083015261ffff606084015116606083015260808301511515608083015292915050565b60405180910390f35b61036a610365366004614401565b610993565b60405190815260200161034e565b61038b610386366004614442565b610a20565b60405161034e919061446b565b61036a6103a63660046144ef565b60096020525f908152604090205481565b61036a608081565b6103d26103cd366004614506565b610ed7565b005b61036a6103e236600461452e565b610f45565b61036a603c81565b6104026103fd36600461456e565b611164565b604051901515815260200161034e565b61036a61042036600461458e565b611258565b6103d26104333660046144ef565b6115f0565b61044b6104463660046144ef565b6119e2565b60405161034e92919082516001600160a01b0390811682526020808501516001600160401b031690830152604080850151151590830152606080850151909116908201526080808401516001600160801b03169082015260a09283015163ffffffff169281019290925260c082015260e00190565b61036a6104ce36600461461f565b611bab565b61036a6127fe565b6103d26104e9366004614656565b612926565b61036a62093a8081565b6103d26105063660046144ef565b612b69565b61036a601e81565b6103d2610521366004614656565b612c80565b6103d2610534366004614686565b612ddf565b6103d26105473660046143e8565b612ecd565b61036a60065481565b6105686105633660046144ef565b612ed6565b60405161034e91906146d3565b6103d2610583366004614741565b612fae565b61036a610596366004614686565b6131f7565b6107356105a93660046144ef565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080518082019091525f808252602082015250505f908152600b60209081526040808320600a83529281902081516101a08101835284546001600160a01b038116825263ffffffff600160a01b820481168387015261ffff600160c01b8304811684870152600160d01b80840482166060860152600160e01b840482166080860152600160f01b909304811660a0850152600188015490811660c08501526001600160601b03620100008204811660e0860152600160701b82048316610100860152600160901b82048316610120860152600160b01b82048316610140860152929004166101608301526002909501548516610180820152825180840190935290546001600160801b0381168352600160801b9004909316918101919091529091565b60405161034e929190614769565b6108446107513660046143e8565b60408051606080820183525f80835260208084018290529284018190528351808301855281815280840182905284018190528351808301855281815280840182905284018190526001600160a01b03949094168452600182528284206002835283852060038452948490208451808401865291546001600160601b0380821684526001600160801b03600160601b80840482168689015263ffffffff600160e01b948590048116878b015289518089018b529a548085168c5282810484168c8b015285900481168b8b015289519788018a5294549283168752820416958501959095529093049092169281019290925292565b60405161034e939291906148fc565b61036a6212750081565b61036a61086b366004614932565b6132dd565b6103d261087e36600461496e565b613692565b6103d2610891366004614988565b61378a565b6108bd7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161034e565b6108fc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161034e565b61036a62278d0081565b61036a61092c3660046143e8565b60076020525f908152604090205481565b6103d261094b3660046149a1565b613859565b61036a600d5481565b6108bd7f000000000000000000000000000000000000000000000000000000000000000081565b61036a61098e366004614401565b61395a565b6001600160a01b038281165f81815260046020908152604080832094861683529381528382208451808601865290546001600160801b0381168252600160801b900463ffffffff9081168284019081529484526001909252938220549251919392600160e01b90048116911614610a0a575f610a0d565b80515b6001600160801b03169150505b92915050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610aa157604051632c6b259160e21b815260040160405180910390fd5b5f610aab84613a01565b5f8181526008602052604090209091506001815460ff166004811115610ad357610ad361469f565b14610b0457805460405163276065d160e21b8152610afb91849160ff909116906004016149c2565b60405180910390fd5b80545f90610b2b90600160801b810463ffffffff1690610100900464ffffffffff166149ea565b9050804210610b5757604051634a7c9f8360e01b81526004810184905260248101829052604401610afb565b815460ff191660021782555f80610b7460c0890160a08a016143e8565b6001600160a01b0316815260208101919091526040015f208054600160d01b900461ffff1690601a610ba5836149fd565b91906101000a81548161ffff021916908361ffff160217905550505f600b5f885f013581526020019081526020015f20604051806101a00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160189054906101000a900461ffff1661ffff1661ffff1681526020015f8201601a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201601c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201601e9054906101000a900461ffff1661ffff1661ffff168152602001600182015f9054906101000a900461ffff1661ffff1661ffff1681526020016001820160029054906101000a90046001600160601b03166001600160601b03166001600160601b0316815260200160018201600e9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160129054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160169054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600282015f9054906101000a90046001600160601b03166001600160601b03166001600160601b03168152505090506040518060e00160405280826020015163ffffffff16815260200182610100015163ffffffff16815260200182610120015163ffffffff168152602001826040015161ffff1681526020018260a0015161ffff1681526020018260c0015161ffff1681526020018260e001516001600160601b031681525094508060e001516001600160601b0316600d5f828254610e5d91906149ea565b92505081905550610e7b868260e001516001600160601b0316613a5a565b60e08101516040516001600160601b0390911681526001600160a01b0387169085908935907fee69263ee5d1bc0f305b6b395fae90806bf0b9a5157f76ac86483a4a537fe9aa9060200160405180910390a45050505092915050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610f2057604051632c6b259160e21b815260040160405180910390fd5b80600d5f828254610f319190614a1d565b90915550610f4190508282613b1a565b5050565b5f816001600160801b03165f03610f6f57604051631f2a200560e01b815260040160405180910390fd5b610f7883613b8c565b6001600160a01b0383165f9081526001602090815260408083206004835281842033855290925282208154815492939192600160801b900463ffffffff908116600160e01b9092041614610fcc575f610fd8565b81546001600160801b03165b6001600160801b03169050846001600160801b031681101561101f5760405163658ec5dd60e11b8152600481018290526001600160801b0386166024820152604401610afb565b82545f906001600160801b03600160601b820481169161104c916001600160601b03909116908916614a30565b6110569190614a47565b8354909150869084905f906110759084906001600160801b0316614a66565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555085845f01600c8282829054906101000a90046001600160801b03166110be9190614a66565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080845f015f8282829054906101000a90046001600160601b03166111069190614a85565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555061115960025f896001600160a01b03166001600160a01b031681526020019081526020015f2033895f85613d32565b979650505050505050565b5f81815260086020526040808220815160c08101909252805483929190829060ff1660048111156111975761119761469f565b60048111156111a8576111a861469f565b8152905464ffffffffff610100820416602083015265ffffffffffff600160301b820416604083015263ffffffff600160601b820481166060840152600160801b82041660808301526001600160601b03600160a01b9091041660a09091015290505f8151600481111561121e5761121e61469f565b1415801561123f575060048151600481111561123c5761123c61469f565b14155b80156112505750611250848261400c565b949350505050565b5f868152600960205260408120548681141580611273575086155b1561129b57604051633ff41a4b60e11b81526004810189905260248101829052604401610afb565b60808311156112c0576040516356e1597560e01b815260048101849052602401610afb565b5f87815260086020526040808220815160c081019092528054829060ff1660048111156112ef576112ef61469f565b60048111156113005761130061469f565b8152905464ffffffffff61010082041660208084019190915265ffffffffffff600160301b83041660408085019190915263ffffffff600160601b840481166060860152600160801b84041660808501526001600160601b03600160a01b909304831660a094850152335f908152918290529020549183015192935090811691168110156113ba5760a08201516040516322df051360e11b81526001600160601b0380841660048301529091166024820152604401610afb565b8989898989896040516113ce929190614aa4565b6040519081900381206113e995949392913390602001614ab3565b6040516020818303038152906040528051906020012093505f826040015160016114139190614aed565b6040805160c0810190915290915080600181526020014264ffffffffff1681526020018265ffffffffffff168152602001846060015163ffffffff168152602001846080015163ffffffff1681526020018460a001516001600160601b031681525060085f8781526020019081526020015f205f820151815f015f6101000a81548160ff021916908360048111156114ad576114ad61469f565b02179055506020820151815f0160016101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160066101000a81548165ffffffffffff021916908365ffffffffffff1602179055506060820151815f01600c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f0160106101000a81548163ffffffff021916908363ffffffff16021790555060a0820151815f0160146101000a8154816001600160601b0302191690836001600160601b031602179055509050508460095f8d81526020019081526020015f2081905550336001600160a01b0316858c7fff590280859dcaf58f2f6fccc4e5353834e84f703d8dd8c17d3bc0a51acb15d48d8d8d878e8e6040516115da96959493929190614b33565b60405180910390a4505050509695505050505050565b5f81815260056020908152604091829020825160c08101845281546001600160a01b03808216808452600160a01b83046001600160401b031695840195909552600160e01b90910460ff1615159482019490945260018201549093166060840152600201546001600160801b0381166080840152600160801b900463ffffffff1660a08301523314611698576040516309acb99760e31b815260048101839052602401610afb565b80602001516001600160401b03164210156116de576020810151604051639da240c360e01b8152600481018490526001600160401b039091166024820152604401610afb565b60608101516001600160a01b03165f90815260208190526040902054600160d01b900461ffff16801561173f5760608201516040516355785c9f60e01b81526001600160a01b03909116600482015261ffff82166024820152604401610afb565b5f82604001516117695760608301516001600160a01b03165f908152600260205260409020611785565b60608301516001600160a01b03165f9081526003602052604090205b805460a08501519192505f9163ffffffff908116600160e01b909204161480156117bf57508154600160601b90046001600160801b031615155b1561189557815460808501516001600160801b03600160601b83048116926117f3926001600160601b039091169116614a30565b6117fd9190614a47565b60808501518354919250908390600c90611828908490600160601b90046001600160801b0316614a66565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080825f015f8282829054906101000a90046001600160601b03166118709190614a85565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b5f85815260056020526040902080546001600160e81b03191681556001810180546001600160a01b03199081169091556002909101805490911690556001600160601b0381161580159061197c575060405163a9059cbb60e01b81523360048201526001600160601b03821660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a9059cbb906044016020604051808303815f875af1158015611956573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061197a9190614b72565b155b1561199a576040516312171d8360e31b815260040160405180910390fd5b6040516001600160601b0382168152339086907fcf7d23a3cbe4e8b36ff82fd1b05b1b17373dc7804b4ebbd6e2356716ef202372906020015b60405180910390a35050505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f818152600560209081526040808320815160c08101835281546001600160a01b038082168352600160a01b82046001600160401b031695830195909552600160e01b900460ff16151592810183905260018201549093166060840152600201546001600160801b0381166080840152600160801b900463ffffffff1660a08301529091908190611abf5760608301516001600160a01b03165f908152600260205260409020611adb565b60608301516001600160a01b03165f9081526003602052604090205b6040805160608101825291546001600160601b0381168352600160601b81046001600160801b03166020840152600160e01b900463ffffffff169082015283519091506001600160a01b031615801590611b485750806040015163ffffffff168360a0015163ffffffff16145b8015611b60575060208101516001600160801b031615155b15611ba55780602001516001600160801b0316815f01516001600160601b031684608001516001600160801b0316611b989190614a30565b611ba29190614a47565b91505b50915091565b5f8135611be3576040516327cf62a360e11b81526020600482015260056024820152641c9d5b925960da1b6044820152606401610afb565b81355f9081526009602052604090205415611c1457604051632c4b81bd60e11b815282356004820152602401610afb565b611c216040830183614b8d565b15905080611c3d57506080611c396040840184614b8d565b9050115b15611c78576040516327cf62a360e11b815260206004820152600a60248201526919d95b995cda5cd0da5960b21b6044820152606401610afb565b611c886080830160608401614bd6565b63ffffffff161580611cb2575062010000611ca96080840160608501614bd6565b63ffffffff1610155b15611ce4576040516327cf62a360e11b81526020600482015260016024820152606b60f81b6044820152606401610afb565b611cf460a0830160808401614686565b6001600160601b03165f03611d37576040516327cf62a360e11b81526020600482015260086024820152676d696e5374616b6560c01b6044820152606401610afb565b603c611d4960c0840160a08501614bd6565b63ffffffff161080611d72575062278d00611d6a60c0840160a08501614bd6565b63ffffffff16115b15611db2576040516327cf62a360e11b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610afb565b601e611dc460e0840160c08501614bd6565b63ffffffff161080611ded575062093a80611de560e0840160c08501614bd6565b63ffffffff16115b15611e2a576040516327cf62a360e11b815260206004820152600c60248201526b6d6f7665446561646c696e6560a01b6044820152606401610afb565b603c611e3d610100840160e08501614bd6565b63ffffffff161080611e67575062127500611e5f610100840160e08501614bd6565b63ffffffff16115b15611ea4576040516327cf62a360e11b815260206004820152600c60248201526b1d9bdd1a5b99d4195c9a5bd960a21b6044820152606401610afb565b611eb661012083016101008401614988565b61ffff161580611edc5750612710611ed661012084016101008501614988565b61ffff16115b15611f16576040516327cf62a360e11b815260206004820152600960248201526871756f72756d42707360b81b6044820152606401610afb565b611f2861014083016101208401614988565b61ffff161580611f4e5750612710611f4861014084016101208501614988565b61ffff16115b15611f8d576040516327cf62a360e11b815260206004820152600e60248201526d776f726b6572536c61736842707360901b6044820152606401610afb565b612710611fa261016084016101408501614988565b61ffff161115611fe9576040516327cf62a360e11b815260206004820152601160248201527064656c656761746f72536c61736842707360781b6044820152606401610afb565b612710611ffe6101a084016101808501614988565b61ffff1661201461018085016101608601614988565b61ffff1661202291906149ea565b1115612066576040516327cf62a360e11b81526020600482015260126024820152716368616c6c656e676572536861726542707360701b6044820152606401610afb565b6120786101c083016101a08401614686565b6001600160601b03165f036120c0576040516327cf62a360e11b815260206004820152600d60248201526c18da185b1b195b99d9509bdb99609a1b6044820152606401610afb565b5f6120d2610100840160e08501614bd6565b63ffffffff166120e860e0850160c08601614bd6565b63ffffffff166121176121016080870160608801614bd6565b6121129063ffffffff1660016149ea565b614086565b6121229060016149ea565b61212c9190614a30565b61213c60c0860160a08701614bd6565b63ffffffff1661214c91906149ea565b61215691906149ea565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681106121e1576040516327cf62a360e11b815260206004820152602760248201527f6368616c6c656e676557696e646f772b646973707574653e3d756e626f6e64696044820152666e6744656c617960c81b6064820152608401610afb565b82355f6020850135816121f76040880188614b8d565b604051612205929190614aa4565b60405190819003812061222095949392915f90602001614ab3565b60408051601f19818403018152828252805160209091012060c083019091529250806003815264ffffffffff421660208201525f60408201819052606082015260800161227360c0860160a08701614bd6565b63ffffffff16815260200161228e60a0860160808701614686565b6001600160601b031690525f83815260086020526040902081518154829060ff191660018360048111156122c4576122c461469f565b021790555060208281015182546040808601516060870151608088015160a0909801516bffffffffffffffffffffff001990941661010064ffffffffff909616959095026bffffffffffff000000000000191694909417600160301b65ffffffffffff909216919091021767ffffffffffffffff60601b1916600160601b63ffffffff9485160263ffffffff60801b191617600160801b9390961692909202949094176001600160a01b0316600160a01b6001600160601b03909516949094029390931790915584355f90815260099091528190208390558051808201909152806123b761020086016101e08701614686565b6001600160601b031681526020016123d76101e086016101c08701614686565b6001600160601b0390811690915284355f908152600a60209081526040918290208451815495830151909416600160801b026001600160e01b03199095166001600160801b03909416939093179390931790915580516101a0810190915233815290810161244b6080860160608701614bd6565b63ffffffff16815260200161246861012086016101008701614988565b61ffff16815260200161248361014086016101208701614988565b61ffff16815260200161249e61016086016101408701614988565b61ffff1681526020016124b961018086016101608701614988565b61ffff1681526020016124d46101a086016101808701614988565b61ffff1681526020016124ef6101c086016101a08701614686565b6001600160601b0316815260200161250d60e0860160c08701614bd6565b63ffffffff168152602001612529610100860160e08701614bd6565b63ffffffff1681525f602082015260400161254a60c0860160a08701614bd6565b63ffffffff16815260200161256560a0860160808701614686565b6001600160601b0390811690915284355f908152600b60209081526040918290208451815492860151938601516060870151608088015160a08901516001600160a01b039094166001600160c01b031990961695909517600160a01b63ffffffff978816021763ffffffff60c01b1916600160c01b61ffff9384160261ffff60d01b191617600160d01b9183168202176001600160e01b0316600160e01b958316959095026001600160f01b031694909417600160f01b9282169290920291909117825560c086015160018301805460e08901516101008a01516101208b01516101408c01516101608d0151969097166dffffffffffffffffffffffffffff199094169390931762010000928b16929092029190911767ffffffffffffffff60701b1916600160701b9189169190910263ffffffff60901b191617600160901b918816919091021767ffffffffffffffff60b01b1916600160b01b9387169390930263ffffffff60d01b191692909217941690920292909217905561018090920151600290920180546001600160601b031916929091169190911790556127263361271861020086016101e08701614686565b6001600160601b0316613a5a565b3383357f79392073bc08228dc22a46cebf3f157d8a17cfd0b08275d0692e66e37225683c84602087013561275d6040890189614b8d565b61276d60808b0160608c01614bd6565b60405161277e959493929190614bf9565b60405180910390a361279861020084016101e08501614686565b6001600160601b0316156127f8573383357f2b9b23f4009503deb1bd48e955ed368ff021c5a3b4747f970e3bd422d071d7096127dc61020087016101e08801614686565b6040516001600160601b03909116815260200160405180910390a35b50919050565b335f908152600760205260408120549081900361283057604051633a8d87ed60e11b8152336004820152602401610afb565b335f81815260076020526040808220919091555163a9059cbb60e01b81526004810191909152602481018290526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a9059cbb906044016020604051808303815f875af11580156128ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128d19190614b72565b6128ee576040516312171d8360e31b815260040160405180910390fd5b60405181815233907fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a9060200160405180910390a290565b5f61293082613a01565b5f81815260086020526040902080549192509060ff16600181600481111561295a5761295a61469f565b1461297c57828160405163276065d160e21b8152600401610afb9291906149c2565b81545f906129a390600160801b810463ffffffff1690610100900464ffffffffff166149ea565b9050804210156129d057604051631fa7512b60e21b81526004810185905260248101829052604401610afb565b60036020808701355f9081526008909152604090205460ff1660048111156129fa576129fa61469f565b14612a25576040516344cf6a3560e01b81526004810185905260208601356024820152604401610afb565b825460ff1916600317835584355f908152600a602052604090208054600160801b81046001600160601b0316906001600160801b031680821115612a67578091505b8115612b0857612a778282614a1d565b83546001600160801b0319166001600160801b03919091161783555f8080612aa560c08c0160a08d016143e8565b6001600160a01b0316815260208101919091526040015f208054909150612adc90600160601b90046001600160601b0316846140ab565b81546001600160601b0391909116600160601b026bffffffffffffffffffffffff60601b199091161790555b612b1860c0890160a08a016143e8565b6001600160a01b031687895f01357f13567609c65d2872be05908bcc47dbda5853bafc27381fc665e859e4d00ba3ae85604051612b5791815260200190565b60405180910390a45050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612bb257604051632c6b259160e21b815260040160405180910390fd5b8015612c7d5780600d5f828254612bc99190614a1d565b9091555050604051630852cd8d60e31b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015612c2d575f5ffd5b505af1158015612c3f573d5f5f3e3d5ffd5b505050507fd83c63197e8e676d80ab0122beba9a9d20f3828839e9a1d6fe81d242e9cd7e6e81604051612c7491815260200190565b60405180910390a15b50565b5f612c8a82613a01565b5f81815260086020526040808220815160c0810190925280549394509192909190829060ff166004811115612cc157612cc161469f565b6004811115612cd257612cd261469f565b8152905464ffffffffff610100820416602083015265ffffffffffff600160301b820416604083015263ffffffff600160601b820481166060840152600160801b82041660808301526001600160601b03600160a01b9091041660a0909101529050600181516004811115612d4957612d4961469f565b14612d6b57805160405163276065d160e21b8152610afb9184916004016149c2565b612d7683358261400c565b15612d975760405163b82bec3960e01b815260048101839052602401610afb565b5f82815260086020526040808220805460ff191660041790555183918535917f6a5a1b791fa7b89d65bd741c792712edcea1e030202973868fe5e43cddc8aa2e9190a3505050565b806001600160601b03165f03612e0857604051631f2a200560e01b815260040160405180910390fd5b612e1133613b8c565b335f9081526020819052604090208054600160e01b900460ff16612e4a5760405163bfc6c33760e01b8152336004820152602401610afb565b8054612e63906001600160601b039081169084166140ab565b81546001600160601b0319166001600160601b03918216178255612e8a9033908416613a5a565b6040516001600160601b038316815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d906020015b60405180910390a25050565b612c7d81613b8c565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526008602052604090819020815160c081019092528054829060ff166004811115612f3757612f3761469f565b6004811115612f4857612f4861469f565b8152905464ffffffffff610100820416602083015265ffffffffffff600160301b820416604083015263ffffffff600160601b820481166060840152600160801b82041660808301526001600160601b03600160a01b9091041660a09091015292915050565b806001600160601b03165f03612fd757604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382165f90815260208190526040902054600160e01b900460ff166130215760405163bfc6c33760e01b81526001600160a01b0383166004820152602401610afb565b61302a82613b8c565b6001600160a01b0382165f9081526001602052604081209061305682856001600160601b0386166140ed565b6001600160a01b0385165f9081526004602090815260408083203384529091529020835481549293509091600160801b900463ffffffff908116600160e01b90920416146130d35780546001600160801b03198116825583546001600160a01b0319909116600160e01b90910463ffffffff16600160801b021781555b8054829082905f906130ef9084906001600160801b0316614c30565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555081835f01600c8282829054906101000a90046001600160801b03166131389190614c30565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550613184835f015f9054906101000a90046001600160601b0316856001600160601b03166140ab565b83546001600160601b0319166001600160601b039182161784556131ab9033908616613a5a565b604080516001600160601b03861681526020810184905233916001600160a01b038816917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e0491016119d3565b5f816001600160601b03165f0361322157604051631f2a200560e01b815260040160405180910390fd5b61322a33613b8c565b335f90815260208190526040902080546001600160601b038085169116101561327c5780546040516322df051360e11b81526001600160601b0391821660048201529084166024820152604401610afb565b8054839082905f906132989084906001600160601b0316614a85565b82546001600160601b039182166101009390930a928302919092021990911617905550335f8181526003602052604090206132d69180600187613d32565b9392505050565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461332757604051632c6b259160e21b815260040160405180910390fd5b5f61333184613a01565b5f81815260086020526040808220815160c0810190925280549394509192909190829060ff1660048111156133685761336861469f565b60048111156133795761337961469f565b8152905464ffffffffff610100820416602083015265ffffffffffff600160301b820416604083015263ffffffff600160601b820481166060840152600160801b82041660808301526001600160601b03600160a01b9091041660a09091015290506002815160048111156133f0576133f061469f565b1461341257805160405163276065d160e21b8152610afb9184916004016149c2565b5f8061342460c0880160a089016143e8565b6001600160a01b0316815260208101919091526040015f208054600160d01b900461ffff1690601a61345583614c4f565b91906101000a81548161ffff021916908361ffff16021790555050831561361d5784355f908152600b602052604090206134b461349860c0880160a089016143e8565b825461ffff600160d01b8204811691600160e01b900416614174565b935083600d5f8282546134c791906149ea565b90915550505f83815260086020526040808220805460ff191660041790555184918835917f6a5a1b791fa7b89d65bd741c792712edcea1e030202973868fe5e43cddc8aa2e9190a361351a86358361400c565b15613617575f81600101601681819054906101000a900463ffffffff1661354090614c6b565b91906101000a81548163ffffffff021916908363ffffffff16021790559050826040015165ffffffffffff16600c5f895f013581526020019081526020015f205f60018461358e9190614c86565b63ffffffff908116825260208083019390935260409182015f908120949094558a35808552600984528285208c8501359081905580865260089094528285208054928716600160601b0263ffffffff60601b19909316929092179091559051919290917f2822af5ffdd5945abdbac1ca69b5911bf8c8bd72e232e3910cac61787c1f58789190a3505b5061364a565b5f828152600860205260409020805464ffffffffff42166101000265ffffffffffff199091161760011790555b6040805185151581526020810185905283918735917f50c30235ac7758b602c65277846d4d7e5c6272b6adcc8840a6458aca7c8269c1910160405180910390a3505092915050565b335f9081526020819052604090208054600160e01b900460ff16156136cc576040516345ed80e960e01b8152336004820152602401610afb565b6127108361ffff1611156136f957604051632a88bac560e11b815261ffff84166004820152602401610afb565b8054600160e01b64ff0000ffff60c01b19909116600160c01b61ffff86160217176001600160601b0319166001600160601b038316908117825561373e903390613a5a565b6040805161ffff851681526001600160601b038416602082015233917f75ca3f1309f5db91e8ea1821e2c5b8b55e97d67ba0f37d51c67532f7d8e5cb0f910160405180910390a2505050565b6127108161ffff1611156137b757604051632a88bac560e11b815261ffff82166004820152602401610afb565b335f90815260208190526040902054600160e01b900460ff166137ef5760405163bfc6c33760e01b8152336004820152602401610afb565b6137f833613b8c565b335f8181526020818152604091829020805461ffff60c01b1916600160c01b61ffff87169081029190911790915591519182527f2b6cf15144ce9e2d172bbfb01cfb234c2fb833adfd3a3abcc61398e8325387bd910160405180910390a250565b5f8281526009602052604090205461388757604051630a76b95160e11b815260048101839052602401610afb565b806001600160601b03165f036138b057604051631f2a200560e01b815260040160405180910390fd5b5f828152600a6020526040812080546001600160601b03841692906138df9084906001600160801b0316614c30565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555061391633826001600160601b0316613a5a565b6040516001600160601b0382168152339083907f2b9b23f4009503deb1bd48e955ed368ff021c5a3b4747f970e3bd422d071d7099060200160405180910390a35050565b6001600160a01b0382165f908152600160209081526040808320815160608101835290546001600160601b0381168252600160601b81046001600160801b0316938201849052600160e01b900463ffffffff169181019190915290156139f85780602001516001600160801b0316815f01516001600160601b03166139df8686610993565b6139e99190614a30565b6139f39190614a47565b611250565b505f9392505050565b5f81356020830135604084013560608501356080860135613a2860c0880160a089016143e8565b604051602001613a3d96959493929190614ab3565b604051602081830303815290604052805190602001209050919050565b8015801590613afc57506040516323b872dd60e01b81526001600160a01b038381166004830152306024830152604482018390527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064016020604051808303815f875af1158015613ad6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613afa9190614b72565b155b15610f41576040516312171d8360e31b815260040160405180910390fd5b805f03613b25575050565b6001600160a01b0382165f9081526007602052604081208054839290613b4c9084906149ea565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001612ec1565b6001600160a01b0381165f90815260208190526040812080549091600160601b9091046001600160601b031690819003613bc557505050565b81546bffffffffffffffffffffffff60601b19168083555f9061271090613bf790600160c01b900461ffff1684614a30565b613c019190614a47565b613c0b9083614a1d565b6001600160a01b0385165f908152600160205260408120805486549394509092613c41916001600160601b0390811691166149ea565b82549091505f90600160601b90046001600160801b03161580613c62575081155b613c8c5782548290613c7d906001600160601b031686614a30565b613c879190614a47565b613c8e565b5f5b8354909150613ca6906001600160601b0316826140ab565b83546001600160601b0319166001600160601b0391909116178355613cd487613ccf8388614a1d565b613b1a565b6001600160a01b0387167f4e38a3eebabe29eaad79f76c94599208a54f204cbd7d3907ac066df5afcb505786613d0a8482614a1d565b604080519283526020830191909152810184905260600160405180910390a250505050505050565b5f5f613d488786856001600160601b03166140ed565b875490915081908890600c90613d6f908490600160601b90046001600160801b0316614c30565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550613dbb875f015f9054906101000a90046001600160601b0316846001600160601b03166140ab565b87546001600160601b0319166001600160601b039190911617875560068054905f613de583614ca2565b9091555091505f613e167f000000000000000000000000000000000000000000000000000000000000000042614cba565b90506040518060c00160405280886001600160a01b03168152602001826001600160401b031681526020018615158152602001876001600160a01b03168152602001836001600160801b03168152602001895f01601c9054906101000a900463ffffffff1663ffffffff1681525060055f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01601c6101000a81548160ff0219169083151502179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506080820151816002015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060a08201518160020160106101000a81548163ffffffff021916908363ffffffff160217905550905050856001600160a01b0316876001600160a01b0316847f5c4807670f864c0c17f95a53ef2912a7d5c0a273ac18fc3cba6f437641a9f89d888886604051613ff99392919092151583526001600160601b039190911660208301526001600160401b0316604082015260600190565b60405180910390a4505095945050505050565b5f828152600b6020526040812060010154606083015163ffffffff600160b01b909204821691165b8181101561407b576040808501515f878152600c60209081528382208583529052919091205465ffffffffffff90911610614073575f92505050610a1a565b600101614034565b506001949350505050565b5f5b81816001901b10156140a6578061409e81614ca2565b915050614088565b919050565b5f806140c0836001600160601b0386166149ea565b90506001600160601b038111156132d6576040516304041d9560e11b815260048101829052602401610afb565b82545f90600160601b90046001600160801b0316810361410e5750806132d6565b83546001600160601b03165f0361414357604051637339684b60e01b81526001600160a01b0384166004820152602401610afb565b83546001600160601b0381169061416a90600160601b90046001600160801b031684614a30565b6112509190614a47565b5f61417e84613b8c565b6001600160a01b0384165f9081526020819052604081208054909190612710906141b29087906001600160601b0316614a30565b6141bc9190614a47565b8254909150819083905f906141db9084906001600160601b0316614a85565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505f61422c60035f896001600160a01b03166001600160a01b031681526020019081526020015f20876142ed565b61423f906001600160601b0384166149ea565b6001600160a01b0388165f9081526002602052604081209192509061426490876142ed565b6001600160a01b0389165f90815260016020526040902061428590886142ed565b61428f91906149ea565b905061429b81836149ea565b60408051848152602081018490529196506001600160a01b038a16917f45a371af55b0726877a30f464edc14db5879ab096590bacce682cf6c18223596910160405180910390a2505050509392505050565b81545f90612710906143099084906001600160601b0316614a30565b6143139190614a47565b8354909150819084905f906143329084906001600160601b0316614a85565b82546101009290920a6001600160601b03818102199093169183160217909155845416159050801561437457508254600160601b90046001600160801b031615155b15610a1a5782546fffffffffffffffffffffffffffffffff60601b1916808455600160e01b900463ffffffff1683601c6143ad83614c6b565b91906101000a81548163ffffffff021916908363ffffffff1602179055505092915050565b80356001600160a01b03811681146140a6575f5ffd5b5f602082840312156143f8575f5ffd5b6132d6826143d2565b5f5f60408385031215614412575f5ffd5b61441b836143d2565b9150614429602084016143d2565b90509250929050565b5f60c082840312156127f8575f5ffd5b5f5f60e08385031215614453575f5ffd5b61445d8484614432565b915061442960c084016143d2565b5f60e08201905063ffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a08301516144cd60a084018261ffff169052565b5060c08301516144e860c08401826001600160601b03169052565b5092915050565b5f602082840312156144ff575f5ffd5b5035919050565b5f5f60408385031215614517575f5ffd5b614520836143d2565b946020939093013593505050565b5f5f6040838503121561453f575f5ffd5b614548836143d2565b915060208301356001600160801b0381168114614563575f5ffd5b809150509250929050565b5f5f6040838503121561457f575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60a087890312156145a3575f5ffd5b8635955060208701359450604087013593506060870135925060808701356001600160401b038111156145d4575f5ffd5b8701601f810189136145e4575f5ffd5b80356001600160401b038111156145f9575f5ffd5b89602082840101111561460a575f5ffd5b60208201935080925050509295509295509295565b5f6020828403121561462f575f5ffd5b81356001600160401b03811115614644575f5ffd5b820161020081850312156132d6575f5ffd5b5f60c08284031215614666575f5ffd5b6132d68383614432565b80356001600160601b03811681146140a6575f5ffd5b5f60208284031215614696575f5ffd5b6132d682614670565b634e487b7160e01b5f52602160045260245ffd5b600581106146cf57634e487b7160e01b5f52602160045260245ffd5b9052565b5f60c0820190506146e58284516146b3565b64ffffffffff602084015116602083015265ffffffffffff604084015116604083015263ffffffff606084015116606083015263ffffffff60808401511660808301526001600160601b0360a08401511660a083015292915050565b5f5f60408385031215614752575f5ffd5b61475b836143d2565b915061442960208401614670565b82516001600160a01b031681526101e081016020840151614792602084018263ffffffff169052565b5060408401516147a8604084018261ffff169052565b5060608401516147be606084018261ffff169052565b5060808401516147d4608084018261ffff169052565b5060a08401516147ea60a084018261ffff169052565b5060c084015161480060c084018261ffff169052565b5060e084015161481b60e08401826001600160601b03169052565b5061010084015161483561010084018263ffffffff169052565b5061012084015161484f61012084018263ffffffff169052565b5061014084015161486961014084018263ffffffff169052565b5061016084015161488361016084018263ffffffff169052565b506101808401516148a06101808401826001600160601b03169052565b5082516001600160801b03166101a083015260208301516001600160601b03166101c08301526132d6565b80516001600160601b031682526020808201516001600160801b03169083015260409081015163ffffffff16910152565b610120810161490b82866148cb565b61491860608301856148cb565b61125060c08301846148cb565b8015158114612c7d575f5ffd5b5f5f60e08385031215614943575f5ffd5b61494d8484614432565b915060c083013561456381614925565b803561ffff811681146140a6575f5ffd5b5f5f6040838503121561497f575f5ffd5b61475b8361495d565b5f60208284031215614998575f5ffd5b6132d68261495d565b5f5f604083850312156149b2575f5ffd5b8235915061442960208401614670565b828152604081016132d660208301846146b3565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a1a57610a1a6149d6565b5f61ffff821661ffff8103614a1457614a146149d6565b60010192915050565b81810381811115610a1a57610a1a6149d6565b8082028115828204841417610a1a57610a1a6149d6565b5f82614a6157634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160801b038281168282160390811115610a1a57610a1a6149d6565b6001600160601b038281168282160390811115610a1a57610a1a6149d6565b818382375f9101908152919050565b9586526020860194909452604085019290925260608085019190915260808401919091521b6001600160601b03191660a082015260b40190565b65ffffffffffff8181168382160190811115610a1a57610a1a6149d6565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b86815285602082015284604082015265ffffffffffff8416606082015260a060808201525f614b6660a083018486614b0b565b98975050505050505050565b5f60208284031215614b82575f5ffd5b81516132d681614925565b5f5f8335601e19843603018112614ba2575f5ffd5b8301803591506001600160401b03821115614bbb575f5ffd5b602001915036819003821315614bcf575f5ffd5b9250929050565b5f60208284031215614be6575f5ffd5b813563ffffffff811681146132d6575f5ffd5b858152846020820152608060408201525f614c18608083018587614b0b565b905063ffffffff831660608301529695505050505050565b6001600160801b038181168382160190811115610a1a57610a1a6149d6565b5f61ffff821680614c6257614c626149d6565b5f190192915050565b5f63ffffffff821663ffffffff8103614a1457614a146149d6565b63ffffffff8281168282160390811115610a1a57610a1a6149d6565b5f60018201614cb357614cb36149d6565b5060010190565b6001600160401b038181168382160190811115610a1a57610a1a6149d656fea164736f6c634300081c000a",
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

// PackHeads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d97b0ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heads(bytes32 ) view returns(bytes32)
func (ledger *Ledger) PackHeads(arg0 [32]byte) []byte {
	enc, err := ledger.abi.Pack("heads", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d97b0ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heads(bytes32 ) view returns(bytes32)
func (ledger *Ledger) TryPackHeads(arg0 [32]byte) ([]byte, error) {
	return ledger.abi.Pack("heads", arg0)
}

// UnpackHeads is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d97b0ff.
//
// Solidity: function heads(bytes32 ) view returns(bytes32)
func (ledger *Ledger) UnpackHeads(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("heads", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// Solidity: function runInfo(bytes32 runId) view returns((address,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint32,uint32,uint32,uint32,uint96) config, (uint128,uint96) pool)
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
// Solidity: function runInfo(bytes32 runId) view returns((address,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint32,uint32,uint32,uint32,uint96) config, (uint128,uint96) pool)
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
// Solidity: function runInfo(bytes32 runId) view returns((address,uint32,uint16,uint16,uint16,uint16,uint16,uint96,uint32,uint32,uint32,uint32,uint96) config, (uint128,uint96) pool)
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
// Solidity: function updateInfo(bytes32 updateId) view returns((uint8,uint40,uint48,uint32,uint32,uint96))
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
// Solidity: function updateInfo(bytes32 updateId) view returns((uint8,uint40,uint48,uint32,uint32,uint96))
func (ledger *Ledger) TryPackUpdateInfo(updateId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("updateInfo", updateId)
}

// UnpackUpdateInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f611505.
//
// Solidity: function updateInfo(bytes32 updateId) view returns((uint8,uint40,uint48,uint32,uint32,uint96))
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
	Height    *big.Int
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
// Solidity: event UpdateCommitted(bytes32 indexed runId, bytes32 indexed updateId, address indexed worker, bytes32 parent, bytes32 stateHash, bytes32 traceRoot, uint256 height, bytes cid)
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
	RunId [32]byte
	Head  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleHead(bytes32 runId, bytes32 head)
func LedgerStaleHeadErrorID() common.Hash {
	return common.HexToHash("0x7fe83496d95154ab8a42c1616b38dad0546c5359a6ed8e21c531cac045bf53c8")
}

// UnpackStaleHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleHead(bytes32 runId, bytes32 head)
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
