// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITokenLedger} from "./Types.sol";

/// @title Staking: worker bonds and delegation share pools.
/// @notice A worker registers with a self-bond and a commission. Delegators
/// buy shares of the worker's delegation pool; rewards and slashes change the
/// pool's tokens, so they reach every delegator pro rata. Unbonding moves
/// stake into an unbonding pool (still slashable) for `unbondingDelay`
/// seconds; a withdrawal also waits while the worker has an open dispute.
/// @dev Rewards earned by a worker's updates accumulate as `unsettled` and are
/// split (commission, then pro rata between self-bond and delegated tokens)
/// by `_settle`, which runs before anything changes those proportions. That
/// keeps finalize cheap and the split exact.
abstract contract Staking {
    /// @notice Basis-point denominator.
    uint256 internal constant BPS = 10_000;

    /// @dev One packed slot per worker, kept non-zero once registered so that
    /// reward accrual in finalize is a warm-value update.
    struct Worker {
        uint96 selfStake;
        uint96 unsettled;
        uint16 commissionBps;
        uint16 activeDisputes;
        bool registered;
    }

    /// @dev A share pool. `epoch` changes when a slash empties the pool, which
    /// voids the shares issued before.
    struct Pool {
        uint96 tokens;
        uint128 shares;
        uint32 epoch;
    }

    /// @dev A delegator's shares of a worker's delegation pool.
    struct Position {
        uint128 shares;
        uint32 epoch;
    }

    /// @notice A pending withdrawal.
    struct Unbonding {
        address owner;
        uint64 releaseTime;
        bool self; // from the worker's self-bond (else from a delegation)
        address worker;
        uint128 shares; // shares of the worker's matching unbonding pool
        uint32 epoch;
    }

    ITokenLedger public immutable token;
    /// @notice Seconds between unbond and withdraw.
    uint64 public immutable unbondingDelay;

    mapping(address => Worker) internal _workers;
    mapping(address => Pool) internal _delegation;
    mapping(address => Pool) internal _delegatorUnbonding;
    mapping(address => Pool) internal _selfUnbonding;
    mapping(address => mapping(address => Position)) internal _positions;
    mapping(uint256 => Unbonding) internal _unbondings;
    uint256 public nextUnbondingId;
    /// @notice Pull payments: tokens each account can claim.
    mapping(address => uint256) public owed;

    error NotRegistered(address worker);
    error AlreadyRegistered(address worker);
    error CommissionTooHigh(uint256 bps);
    error ZeroAmount();
    error AmountTooLarge(uint256 amount);
    error InsufficientShares(uint256 have, uint256 want);
    error InsufficientStake(uint256 have, uint256 want);
    error PoolDepleted(address worker);
    /// @notice A delegation too small to buy one share of the pool (whose
    /// tokens per share grew with rewards); `minAmount` buys one.
    error ZeroShares(uint256 amount, uint256 minAmount);
    error NotOwner(uint256 unbondingId);
    error StillUnbonding(uint256 unbondingId, uint256 releaseTime);
    error WorkerInDispute(address worker, uint256 activeDisputes);
    error NothingOwed(address account);
    error TransferFailed();

    event Registered(address indexed worker, uint16 commissionBps, uint256 amount);
    event Staked(address indexed worker, uint256 amount);
    event CommissionChanged(address indexed worker, uint16 commissionBps);
    event Delegated(address indexed worker, address indexed delegator, uint256 amount, uint256 shares);
    event Unbonded(
        uint256 indexed unbondingId,
        address indexed owner,
        address indexed worker,
        bool self,
        uint256 amount,
        uint256 releaseTime
    );
    event Withdrawn(uint256 indexed unbondingId, address indexed owner, uint256 amount);
    event RewardsSettled(address indexed worker, uint256 amount, uint256 toWorker, uint256 toDelegators);
    event Slashed(address indexed worker, uint256 fromWorker, uint256 fromDelegators);
    event Credited(address indexed account, uint256 amount);
    event Claimed(address indexed account, uint256 amount);

    constructor(ITokenLedger token_, uint64 unbondingDelay_) {
        token = token_;
        unbondingDelay = unbondingDelay_;
    }

    // ---------------------------------------------------------------- worker

    /// @notice Registers msg.sender as a worker with a self-bond of `amount`
    /// (pulled with transferFrom; approve first) and a commission on rewards.
    function register(uint16 commissionBps, uint96 amount) external {
        Worker storage w = _workers[msg.sender];
        if (w.registered) revert AlreadyRegistered(msg.sender);
        if (commissionBps > BPS) revert CommissionTooHigh(commissionBps);
        w.registered = true;
        w.commissionBps = commissionBps;
        w.selfStake = amount;
        _pull(msg.sender, amount);
        emit Registered(msg.sender, commissionBps, amount);
    }

    /// @notice Adds `amount` to msg.sender's self-bond.
    function stake(uint96 amount) external {
        if (amount == 0) revert ZeroAmount();
        _settle(msg.sender);
        Worker storage w = _workers[msg.sender];
        if (!w.registered) revert NotRegistered(msg.sender);
        w.selfStake = _add96(w.selfStake, amount);
        _pull(msg.sender, amount);
        emit Staked(msg.sender, amount);
    }

    /// @notice Changes msg.sender's commission; rewards earned so far are
    /// split at the old rate first.
    function setCommission(uint16 commissionBps) external {
        if (commissionBps > BPS) revert CommissionTooHigh(commissionBps);
        if (!_workers[msg.sender].registered) revert NotRegistered(msg.sender);
        _settle(msg.sender);
        _workers[msg.sender].commissionBps = commissionBps;
        emit CommissionChanged(msg.sender, commissionBps);
    }

    /// @notice Starts unbonding `amount` of msg.sender's self-bond. It stays
    /// slashable until withdrawn.
    /// @return id The unbonding entry to withdraw later.
    function unbondSelf(uint96 amount) external returns (uint256 id) {
        if (amount == 0) revert ZeroAmount();
        _settle(msg.sender);
        Worker storage w = _workers[msg.sender];
        if (w.selfStake < amount) revert InsufficientStake(w.selfStake, amount);
        w.selfStake -= amount;
        id = _enterUnbonding(_selfUnbonding[msg.sender], msg.sender, msg.sender, true, amount);
    }

    // ------------------------------------------------------------- delegator

    /// @notice Delegates `amount` to `worker`'s pool (transferFrom; approve
    /// first) and receives pool shares; reverts ZeroShares when `amount`
    /// buys none.
    function delegate(address worker, uint96 amount) external {
        if (amount == 0) revert ZeroAmount();
        if (!_workers[worker].registered) revert NotRegistered(worker);
        _settle(worker);
        Pool storage p = _delegation[worker];
        uint256 shares = _sharesFor(p, worker, amount);
        // Rounding down would take the tokens for nothing.
        if (shares == 0) revert ZeroShares(amount, (uint256(p.tokens) + p.shares - 1) / p.shares);
        Position storage pos = _positions[worker][msg.sender];
        if (pos.epoch != p.epoch) {
            pos.shares = 0; // voided by a slash that emptied the pool
            pos.epoch = p.epoch;
        }
        pos.shares += uint128(shares);
        p.shares += uint128(shares);
        p.tokens = _add96(p.tokens, amount);
        _pull(msg.sender, amount);
        emit Delegated(worker, msg.sender, amount, shares);
    }

    /// @notice Starts unbonding `shares` of msg.sender's delegation to
    /// `worker`. The tokens stay slashable until withdrawn.
    /// @return id The unbonding entry to withdraw later.
    function unbond(address worker, uint128 shares) external returns (uint256 id) {
        if (shares == 0) revert ZeroAmount();
        _settle(worker);
        Pool storage p = _delegation[worker];
        Position storage pos = _positions[worker][msg.sender];
        uint256 have = pos.epoch == p.epoch ? pos.shares : 0;
        if (have < shares) revert InsufficientShares(have, shares);
        uint96 amount = uint96((uint256(shares) * p.tokens) / p.shares);
        pos.shares -= shares;
        p.shares -= shares;
        p.tokens -= amount;
        id = _enterUnbonding(_delegatorUnbonding[worker], msg.sender, worker, false, amount);
    }

    // ------------------------------------------------------------------ both

    /// @notice Withdraws an unbonding entry after its delay, unless the worker
    /// has an open dispute (then it waits for the resolution, and its slash).
    function withdraw(uint256 id) external {
        Unbonding memory e = _unbondings[id];
        if (e.owner != msg.sender) revert NotOwner(id);
        if (block.timestamp < e.releaseTime) revert StillUnbonding(id, e.releaseTime);
        uint16 active = _workers[e.worker].activeDisputes;
        if (active != 0) revert WorkerInDispute(e.worker, active);
        Pool storage p = e.self ? _selfUnbonding[e.worker] : _delegatorUnbonding[e.worker];
        uint96 amount;
        if (e.epoch == p.epoch && p.shares != 0) {
            amount = uint96((uint256(e.shares) * p.tokens) / p.shares);
            p.shares -= e.shares;
            p.tokens -= amount;
        }
        delete _unbondings[id];
        if (amount != 0 && !token.transfer(msg.sender, amount)) revert TransferFailed();
        emit Withdrawn(id, msg.sender, amount);
    }

    /// @notice Splits `worker`'s accrued rewards: commission and the self-bond
    /// share to the worker's claimable balance, the rest into its delegation
    /// pool. Anyone may call it.
    function settle(address worker) external {
        _settle(worker);
    }

    /// @notice Transfers everything msg.sender is owed (rewards, payouts).
    function claim() external returns (uint256 amount) {
        amount = owed[msg.sender];
        if (amount == 0) revert NothingOwed(msg.sender);
        owed[msg.sender] = 0;
        if (!token.transfer(msg.sender, amount)) revert TransferFailed();
        emit Claimed(msg.sender, amount);
    }

    // ----------------------------------------------------------------- views

    /// @notice A worker's packed record.
    function workerInfo(address worker) external view returns (Worker memory) {
        return _workers[worker];
    }

    /// @notice A worker's pools: delegation, delegators' unbonding, self unbonding.
    function pools(address worker) external view returns (Pool memory delegation, Pool memory delegatorUnbonding, Pool memory selfUnbonding) {
        return (_delegation[worker], _delegatorUnbonding[worker], _selfUnbonding[worker]);
    }

    /// @notice A delegator's live shares of a worker's delegation pool.
    function sharesOf(address worker, address delegator) public view returns (uint256) {
        Position memory pos = _positions[worker][delegator];
        return pos.epoch == _delegation[worker].epoch ? pos.shares : 0;
    }

    /// @notice The tokens a delegator's shares are worth now.
    function delegatedValue(address worker, address delegator) external view returns (uint256) {
        Pool memory p = _delegation[worker];
        return p.shares == 0 ? 0 : (sharesOf(worker, delegator) * p.tokens) / p.shares;
    }

    /// @notice An unbonding entry (owner zero once withdrawn) and its current value.
    function unbonding(uint256 id) external view returns (Unbonding memory e, uint256 value) {
        e = _unbondings[id];
        Pool memory p = e.self ? _selfUnbonding[e.worker] : _delegatorUnbonding[e.worker];
        if (e.owner != address(0) && e.epoch == p.epoch && p.shares != 0) {
            value = (uint256(e.shares) * p.tokens) / p.shares;
        }
    }

    // -------------------------------------------------------------- internal

    function _settle(address worker) internal {
        Worker storage w = _workers[worker];
        uint256 r = w.unsettled;
        if (r == 0) return;
        w.unsettled = 0;
        uint256 rest = r - (r * w.commissionBps) / BPS;
        Pool storage p = _delegation[worker];
        uint256 total = uint256(w.selfStake) + p.tokens;
        uint256 toDelegators = (p.shares == 0 || total == 0) ? 0 : (rest * p.tokens) / total;
        p.tokens = _add96(p.tokens, toDelegators);
        _credit(worker, r - toDelegators);
        emit RewardsSettled(worker, r, r - toDelegators, toDelegators);
    }

    /// @dev Slashes `worker`: `workerBps` of its self-bond and self-unbonding,
    /// `delegatorBps` of the delegated and delegator-unbonding pools.
    function _slash(address worker, uint256 workerBps, uint256 delegatorBps) internal returns (uint256 total) {
        _settle(worker);
        Worker storage w = _workers[worker];
        uint96 fromSelf = uint96((uint256(w.selfStake) * workerBps) / BPS);
        w.selfStake -= fromSelf;
        uint256 fromWorker = fromSelf + _slashPool(_selfUnbonding[worker], workerBps);
        uint256 fromDelegators =
            _slashPool(_delegation[worker], delegatorBps) + _slashPool(_delegatorUnbonding[worker], delegatorBps);
        total = fromWorker + fromDelegators;
        emit Slashed(worker, fromWorker, fromDelegators);
    }

    function _slashPool(Pool storage p, uint256 bps) private returns (uint256 cut) {
        cut = (uint256(p.tokens) * bps) / BPS;
        p.tokens -= uint96(cut);
        if (p.tokens == 0 && p.shares != 0) {
            p.shares = 0;
            p.epoch++;
        }
    }

    function _sharesFor(Pool storage p, address worker, uint256 amount) private view returns (uint256) {
        if (p.shares == 0) return amount;
        if (p.tokens == 0) revert PoolDepleted(worker);
        return (amount * p.shares) / p.tokens;
    }

    function _enterUnbonding(Pool storage p, address owner, address worker, bool self, uint96 amount)
        private
        returns (uint256 id)
    {
        uint256 shares = _sharesFor(p, worker, amount);
        p.shares += uint128(shares);
        p.tokens = _add96(p.tokens, amount);
        id = nextUnbondingId++;
        uint64 release = uint64(block.timestamp) + unbondingDelay;
        _unbondings[id] = Unbonding(owner, release, self, worker, uint128(shares), p.epoch);
        emit Unbonded(id, owner, worker, self, amount, release);
    }

    function _credit(address account, uint256 amount) internal {
        if (amount == 0) return;
        owed[account] += amount;
        emit Credited(account, amount);
    }

    function _pull(address from, uint256 amount) internal {
        if (amount != 0 && !token.transferFrom(from, address(this), amount)) revert TransferFailed();
    }

    function _add96(uint96 a, uint256 b) internal pure returns (uint96) {
        uint256 s = uint256(a) + b;
        if (s > type(uint96).max) revert AmountTooLarge(s);
        return uint96(s);
    }
}
