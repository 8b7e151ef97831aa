// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Staking} from "./Staking.sol";
import {TraceMerkle} from "./TraceMerkle.sol";
import {
    DisputeParams, ILedgerDisputes, ITokenLedger, RunParams, UpdateIds, UpdateRef
} from "./Types.sol";

/// @title Ledger: training runs, their chains of updates, and the stake behind them.
/// @notice A sponsor creates a run (its ID is the manifest hash) with a genesis
/// checkpoint and funds its reward pool. Registered workers commit updates on
/// the run's head; an undisputed update finalizes after its challenge window
/// once its parent is final, and pays its worker the run's reward. The
/// Disputes contract opens and closes disputes here; a proven-wrong update is
/// reverted with its descendants and the head returns to its parent.
/// @dev Staking and the ledger share one contract so that commit and
/// finalize read the worker's stake without a cross-contract call; together
/// with one packed slot per update this keeps commit under 60k gas. Windows
/// and deadlines are timestamps: block times vary a lot on Polygon zkEVM, so
/// a block-count window would not mean a fixed time. Vote weights use block
/// numbers (the token's ERC20Votes clock).
contract Ledger is Staking, ILedgerDisputes {
    using UpdateIds for UpdateRef;

    enum Status {
        None,
        Pending,
        Disputed,
        Final,
        Reverted
    }

    /// @notice The one storage slot per update. `gen` and `height` detect
    /// whether a reverted ancestor killed the update; the window is the run's,
    /// copied so that finalize reads no run config.
    struct UpdateInfo {
        Status status;
        uint40 windowStart;
        uint32 height;
        uint16 gen;
        uint24 challengeWindow;
    }

    /// @notice A run's head, in the one slot commit reads and writes: the low
    /// 120 bits of the head update's ID (passing off another ID as the head
    /// would take a 2^120 second preimage of keccak256), its height, the run's
    /// revert generation, and the run constants commit needs.
    struct Head {
        uint120 tag;
        uint24 challengeWindow;
        uint64 minStakeGwei; // minimum self-bond in units of 1e9 base units
        uint32 height;
        uint16 gen;
    }

    /// @dev The run fields finalize touches, in one slot.
    struct RunPool {
        uint128 rewardPool;
        uint96 rewardPerUpdate;
    }

    /// @dev The rest of a run's configuration.
    struct RunConfig {
        address sponsor;
        uint32 k;
        uint16 quorumBps;
        uint16 workerSlashBps;
        uint16 delegatorSlashBps;
        uint16 challengerShareBps;
        uint16 validatorFeeBps;
        uint96 challengeBond;
        uint32 moveDeadline;
        uint32 votingPeriod;
        uint32 challengeWindow;
        uint96 minStake;
    }

    /// @dev Low 120 bits: Head.tag.
    uint256 internal constant TAG_MASK = (uint256(1) << 120) - 1;

    // Sane bounds for run parameters.
    uint256 public constant MAX_CID_LEN = 128;
    uint256 public constant MIN_WINDOW = 60;
    uint256 public constant MAX_WINDOW = 30 days;
    uint256 public constant MIN_MOVE_DEADLINE = 30;
    uint256 public constant MAX_MOVE_DEADLINE = 7 days;
    uint256 public constant MIN_VOTING_PERIOD = 60;
    uint256 public constant MAX_VOTING_PERIOD = 14 days;

    /// @notice The Disputes contract, the only caller of the dispute hooks.
    address public immutable disputes;

    mapping(bytes32 => UpdateInfo) internal _updates;
    mapping(bytes32 => Head) internal _heads;
    mapping(bytes32 => RunPool) internal _runPools;
    mapping(bytes32 => RunConfig) internal _runs;
    /// @dev runId => revert generation => height of the update reverted then.
    mapping(bytes32 => mapping(uint256 => uint256)) internal _revertHeights;
    /// @notice Tokens held for open disputes (bonds) and resolved ones not yet paid out.
    uint256 public escrow;

    error UnknownRun(bytes32 runId);
    error RunExists(bytes32 runId);
    error BadRunParam(string name);
    error StaleHead(bytes32 runId, bytes32 parent);
    error CidTooLong(uint256 length);
    error WrongStatus(bytes32 updateId, Status status);
    error ChallengeWindowOpen(bytes32 updateId, uint256 until);
    error ChallengeWindowClosed(bytes32 updateId, uint256 at);
    error ParentNotFinal(bytes32 updateId, bytes32 parent);
    error StillLive(bytes32 updateId);
    error OnlyDisputes();

    event RunCreated(
        bytes32 indexed runId,
        address indexed sponsor,
        bytes32 genesisId,
        bytes32 genesisState,
        bytes genesisCid,
        uint32 k
    );
    event RunFunded(bytes32 indexed runId, address indexed funder, uint256 amount);
    event UpdateCommitted(
        bytes32 indexed runId,
        bytes32 indexed updateId,
        address indexed worker,
        bytes32 parent,
        bytes32 stateHash,
        bytes32 traceRoot,
        bytes cid
    );
    event UpdateFinalized(bytes32 indexed runId, bytes32 indexed updateId, address indexed worker, uint256 reward);
    event UpdateReverted(bytes32 indexed runId, bytes32 indexed updateId);
    event HeadReset(bytes32 indexed runId, bytes32 indexed head);
    event DisputeOpened(bytes32 indexed runId, bytes32 indexed updateId, address indexed challenger, uint256 bond);
    event DisputeClosed(bytes32 indexed runId, bytes32 indexed updateId, bool fraud, uint256 slashed);
    event Burned(uint256 amount);

    /// @param token_ The staking token.
    /// @param disputes_ The Disputes contract (its address is known before
    /// deployment: DeployAll computes it from the deployer's nonce).
    /// @param unbondingDelay_ Seconds from unbond to withdraw; every run's
    /// challenge window plus its longest dispute must fit inside it.
    constructor(ITokenLedger token_, address disputes_, uint64 unbondingDelay_) Staking(token_, unbondingDelay_) {
        disputes = disputes_;
    }

    modifier onlyDisputes() {
        if (msg.sender != disputes) revert OnlyDisputes();
        _;
    }

    // ------------------------------------------------------------------ runs

    /// @notice Creates a run; msg.sender is its sponsor and funds the reward
    /// pool with `p.funding` (transferFrom; approve first). The genesis update
    /// (parent 0, trace root 0, worker 0) is final from the start.
    /// @return genesisId The run's first head.
    function createRun(RunParams calldata p) external returns (bytes32 genesisId) {
        if (p.runId == bytes32(0)) revert BadRunParam("runId");
        if (_heads[p.runId].tag != 0) revert RunExists(p.runId);
        if (p.genesisCid.length == 0 || p.genesisCid.length > MAX_CID_LEN) revert BadRunParam("genesisCid");
        if (p.k == 0 || p.k >= TraceMerkle.MAX_TRACE_LEN) revert BadRunParam("k");
        if (p.minStake == 0 || p.minStake % 1e9 != 0 || p.minStake / 1e9 > type(uint64).max) {
            revert BadRunParam("minStake");
        }
        if (p.challengeWindow < MIN_WINDOW || p.challengeWindow > MAX_WINDOW) revert BadRunParam("challengeWindow");
        if (p.moveDeadline < MIN_MOVE_DEADLINE || p.moveDeadline > MAX_MOVE_DEADLINE) {
            revert BadRunParam("moveDeadline");
        }
        if (p.votingPeriod < MIN_VOTING_PERIOD || p.votingPeriod > MAX_VOTING_PERIOD) {
            revert BadRunParam("votingPeriod");
        }
        if (p.quorumBps == 0 || p.quorumBps > BPS) revert BadRunParam("quorumBps");
        if (p.workerSlashBps == 0 || p.workerSlashBps > BPS) revert BadRunParam("workerSlashBps");
        if (p.delegatorSlashBps > BPS) revert BadRunParam("delegatorSlashBps");
        if (uint256(p.challengerShareBps) + p.validatorFeeBps > BPS) revert BadRunParam("challengerShareBps");
        if (p.challengeBond == 0) revert BadRunParam("challengeBond");
        // Nobody may unbond out of a slash: window + longest dispute < delay.
        uint256 longest = uint256(p.challengeWindow) + (TraceMerkle.depth(uint256(p.k) + 1) + 1) * p.moveDeadline
            + p.votingPeriod;
        if (longest >= unbondingDelay) revert BadRunParam("challengeWindow+dispute>=unbondingDelay");

        genesisId = keccak256(
            abi.encodePacked(p.runId, bytes32(0), p.genesisState, bytes32(0), keccak256(p.genesisCid), address(0))
        );
        _updates[genesisId] = UpdateInfo(Status.Final, uint40(block.timestamp), 0, 0, uint24(p.challengeWindow));
        _heads[p.runId] = Head(uint120(uint256(genesisId)), uint24(p.challengeWindow), uint64(p.minStake / 1e9), 0, 0);
        _runPools[p.runId] = RunPool(p.funding, p.rewardPerUpdate);
        _runs[p.runId] = RunConfig({
            sponsor: msg.sender,
            k: p.k,
            quorumBps: p.quorumBps,
            workerSlashBps: p.workerSlashBps,
            delegatorSlashBps: p.delegatorSlashBps,
            challengerShareBps: p.challengerShareBps,
            validatorFeeBps: p.validatorFeeBps,
            challengeBond: p.challengeBond,
            moveDeadline: p.moveDeadline,
            votingPeriod: p.votingPeriod,
            challengeWindow: p.challengeWindow,
            minStake: p.minStake
        });
        _pull(msg.sender, p.funding);
        emit RunCreated(p.runId, msg.sender, genesisId, p.genesisState, p.genesisCid, p.k);
        if (p.funding != 0) emit RunFunded(p.runId, msg.sender, p.funding);
    }

    /// @notice Adds `amount` to a run's reward pool (transferFrom; approve first).
    function fundRun(bytes32 runId, uint96 amount) external {
        if (_heads[runId].tag == 0) revert UnknownRun(runId);
        if (amount == 0) revert ZeroAmount();
        _runPools[runId].rewardPool += amount;
        _pull(msg.sender, amount);
        emit RunFunded(runId, msg.sender, amount);
    }

    // --------------------------------------------------------------- updates

    /// @notice Commits an update on the run's head. msg.sender is the worker
    /// and needs a self-bond of at least the run's minimum stake. Fails
    /// cheaply (first check) when `parent` is no longer the head.
    /// @param cid The binary CID of the new checkpoint.
    /// @return id The update ID: keccak256(runId, parent, stateHash, traceRoot, keccak256(cid), worker).
    function commit(bytes32 runId, bytes32 parent, bytes32 stateHash, bytes32 traceRoot, bytes calldata cid)
        external
        returns (bytes32 id)
    {
        // The head slot is read and rewritten as one word in Head's layout
        // (first member in the lowest bits), and the new update's slot is
        // packed by hand in UpdateInfo's: the compiler would otherwise
        // read-modify-write them member by member. The tests read both back
        // through the struct views.
        uint256 hw;
        assembly ("memory-safe") {
            mstore(0x00, runId)
            mstore(0x20, _heads.slot)
            hw := sload(keccak256(0x00, 0x40))
        }
        uint256 tag = hw & TAG_MASK;
        if (tag != uint256(parent) & TAG_MASK || tag == 0) revert StaleHead(runId, parent);
        if (cid.length > MAX_CID_LEN) revert CidTooLong(cid.length);
        uint256 need = ((hw >> 144) & type(uint64).max) * 1e9;
        uint256 have = _workers[msg.sender].selfStake;
        if (have < need) revert InsufficientStake(have, need);
        assembly ("memory-safe") {
            // keccak256(abi.encodePacked(runId, parent, stateHash, traceRoot, keccak256(cid), msg.sender)),
            // hashed in free memory without moving the free-memory pointer.
            let m := mload(0x40)
            calldatacopy(m, cid.offset, cid.length)
            let cidHash := keccak256(m, cid.length)
            mstore(m, runId)
            mstore(add(m, 0x20), parent)
            mstore(add(m, 0x40), stateHash)
            mstore(add(m, 0x60), traceRoot)
            mstore(add(m, 0x80), cidHash)
            mstore(add(m, 0xa0), shl(96, caller()))
            id := keccak256(m, 0xb4)
        }
        uint256 height = ((hw >> 208) & type(uint32).max) + 1;
        if (height > type(uint32).max) revert BadRunParam("height");
        uint256 info = uint256(uint8(Status.Pending)) | (block.timestamp << 8) | (height << 48) | ((hw >> 240) << 80)
            | (((hw >> 120) & type(uint24).max) << 96);
        hw = (hw & ~(TAG_MASK | (uint256(type(uint32).max) << 208))) | (uint256(id) & TAG_MASK) | (height << 208);
        assembly ("memory-safe") {
            mstore(0x00, id)
            mstore(0x20, _updates.slot)
            sstore(keccak256(0x00, 0x40), info)
            mstore(0x00, runId)
            mstore(0x20, _heads.slot)
            sstore(keccak256(0x00, 0x40), hw)
        }
        emit UpdateCommitted(runId, id, msg.sender, parent, stateHash, traceRoot, cid);
    }

    /// @notice Finalizes an undisputed update whose challenge window has
    /// passed and whose parent is final, and accrues the run's reward to its
    /// worker (split with delegators at the next settle). Anyone may call it.
    function finalize(UpdateRef calldata u) external {
        bytes32 id = u.id();
        UpdateInfo storage s = _updates[id];
        Status st = s.status;
        if (st != Status.Pending) revert WrongStatus(id, st);
        uint256 until = uint256(s.windowStart) + s.challengeWindow;
        if (block.timestamp < until) revert ChallengeWindowOpen(id, until);
        if (_updates[u.parent].status != Status.Final) revert ParentNotFinal(id, u.parent);
        s.status = Status.Final;
        RunPool storage rp = _runPools[u.runId];
        uint256 reward = rp.rewardPerUpdate;
        uint256 pool = rp.rewardPool;
        if (reward > pool) reward = pool;
        if (reward != 0) {
            rp.rewardPool = uint128(pool - reward);
            Worker storage w = _workers[u.worker];
            w.unsettled = _add96(w.unsettled, reward);
        }
        emit UpdateFinalized(u.runId, id, u.worker, reward);
    }

    /// @notice Marks a pending update reverted when an ancestor of it was
    /// proven wrong (such an update can never finalize anyway; this makes it
    /// explicit for watchers). Anyone may call it.
    function markReverted(UpdateRef calldata u) external {
        bytes32 id = u.id();
        UpdateInfo memory s = _updates[id];
        if (s.status != Status.Pending) revert WrongStatus(id, s.status);
        if (_isLive(u.runId, s)) revert StillLive(id);
        _updates[id].status = Status.Reverted;
        emit UpdateReverted(u.runId, id);
    }

    // ---------------------------------------------------------- dispute hooks

    /// @inheritdoc ILedgerDisputes
    /// @dev Marks the update disputed, locks the challenger's bond
    /// (transferFrom; the challenger approves this contract) and returns the
    /// run's dispute parameters.
    function openDispute(UpdateRef calldata u, address challenger)
        external
        onlyDisputes
        returns (DisputeParams memory dp)
    {
        bytes32 id = u.id();
        UpdateInfo storage s = _updates[id];
        if (s.status != Status.Pending) revert WrongStatus(id, s.status);
        uint256 until = uint256(s.windowStart) + s.challengeWindow;
        if (block.timestamp >= until) revert ChallengeWindowClosed(id, until);
        s.status = Status.Disputed;
        _workers[u.worker].activeDisputes++;
        RunConfig memory c = _runs[u.runId];
        dp = DisputeParams(
            c.k, c.moveDeadline, c.votingPeriod, c.quorumBps, c.challengerShareBps, c.validatorFeeBps, c.challengeBond
        );
        escrow += c.challengeBond;
        _pull(challenger, c.challengeBond);
        emit DisputeOpened(u.runId, id, challenger, c.challengeBond);
    }

    /// @inheritdoc ILedgerDisputes
    /// @dev Fraud: slashes the worker and its delegators into escrow, reverts
    /// the update and, if it is still on the live chain, resets the head to
    /// its parent. Otherwise the update is pending again with a fresh window.
    function closeDispute(UpdateRef calldata u, bool fraud) external onlyDisputes returns (uint256 slashed) {
        bytes32 id = u.id();
        UpdateInfo memory s = _updates[id];
        if (s.status != Status.Disputed) revert WrongStatus(id, s.status);
        _workers[u.worker].activeDisputes--;
        if (fraud) {
            RunConfig storage c = _runs[u.runId];
            slashed = _slash(u.worker, c.workerSlashBps, c.delegatorSlashBps);
            escrow += slashed;
            _updates[id].status = Status.Reverted;
            emit UpdateReverted(u.runId, id);
            if (_isLive(u.runId, s)) {
                Head storage h = _heads[u.runId];
                uint16 gen = h.gen;
                _revertHeights[u.runId][gen] = s.height;
                h.tag = uint120(uint256(u.parent));
                h.height = s.height - 1;
                h.gen = gen + 1;
                emit HeadReset(u.runId, u.parent);
            }
        } else {
            UpdateInfo storage w = _updates[id];
            w.status = Status.Pending;
            w.windowStart = uint40(block.timestamp);
        }
        emit DisputeClosed(u.runId, id, fraud, slashed);
    }

    /// @inheritdoc ILedgerDisputes
    function payout(address to, uint256 amount) external onlyDisputes {
        escrow -= amount;
        _credit(to, amount);
    }

    /// @inheritdoc ILedgerDisputes
    function burnEscrow(uint256 amount) external onlyDisputes {
        if (amount == 0) return;
        escrow -= amount;
        token.burn(amount);
        emit Burned(amount);
    }

    // ----------------------------------------------------------------- views

    /// @notice An update's slot (status None if unknown).
    function updateInfo(bytes32 updateId) external view returns (UpdateInfo memory) {
        return _updates[updateId];
    }

    /// @notice Whether an update is on its run's live chain (no ancestor reverted).
    function isLive(bytes32 runId, bytes32 updateId) external view returns (bool) {
        UpdateInfo memory s = _updates[updateId];
        return s.status != Status.None && s.status != Status.Reverted && _isLive(runId, s);
    }

    /// @notice A run's head slot: the low 120 bits of the head's ID, its
    /// height and the run's revert generation. The full head ID is in the
    /// latest RunCreated, UpdateCommitted or HeadReset event of the run;
    /// isHead confirms it.
    function headOf(bytes32 runId) external view returns (Head memory) {
        return _heads[runId];
    }

    /// @notice Whether `updateId` is the run's head (a commit on it would not be stale).
    function isHead(bytes32 runId, bytes32 updateId) external view returns (bool) {
        uint120 tag = _heads[runId].tag;
        return tag != 0 && tag == uint120(uint256(updateId));
    }

    /// @notice A run's configuration and reward pool.
    function runInfo(bytes32 runId) external view returns (RunConfig memory config, RunPool memory pool) {
        return (_runs[runId], _runPools[runId]);
    }

    /// @dev An update is dead when some revert after its commit (or after it
    /// became head again) hit the live chain at or below its height: the live
    /// chain is linear, so that reverted update was it or an ancestor.
    function _isLive(bytes32 runId, UpdateInfo memory s) internal view returns (bool) {
        uint256 n = _heads[runId].gen;
        for (uint256 g = s.gen; g < n; g++) {
            if (_revertHeights[runId][g] <= s.height) return false;
        }
        return true;
    }
}
