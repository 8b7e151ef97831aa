// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TraceMerkle} from "./TraceMerkle.sol";
import {DisputeParams, ITokenVotes} from "./Types.sol";

/// @notice The disputed update's fields, as in the ledger's UpdateRef. A
/// distinct name keeps the generated Go bindings of the two contracts from
/// declaring the same type twice; the ABI encoding is identical, so a Go
/// bindings.UpdateRef converts with DisputedUpdate(ref).
struct DisputedUpdate {
    bytes32 runId;
    bytes32 parent;
    bytes32 stateHash;
    bytes32 traceRoot;
    bytes32 cidHash;
    address worker;
}

/// @dev The ledger's dispute hooks (Types.sol ILedgerHooks, over DisputedUpdate).
interface ILedgerHooks {
    function openDispute(DisputedUpdate calldata u, address challenger) external returns (DisputeParams memory);
    function closeDispute(DisputedUpdate calldata u, bool fraud) external returns (uint256 slashed);
    function payout(address to, uint256 amount) external;
    function burnEscrow(uint256 amount) external;
}

function updateIdOf(DisputedUpdate calldata u) pure returns (bytes32) {
    return keccak256(abi.encodePacked(u.runId, u.parent, u.stateHash, u.traceRoot, u.cidHash, u.worker));
}

/// @title Disputes: challenge, bisection, validator vote and resolution.
/// @notice
/// 1. A challenger commits keccak256(updateId, challengerTraceRoot, salt,
///    challenger) and reveals it at least one block later, inside the
///    update's challenge window, locking the run's bond. The commitment binds
///    the sender, so a copied reveal from another address matches nothing.
///    The reveal proves the challenger's s_k (which must differ from the
///    update's state hash) and its s_mid.
/// 2. Bisection over [lo, hi] (agreed at lo, disputed at hi; initially 0 and
///    k): each move, the side to move proves its own state at the pending
///    midpoint (against its own trace root); equal to the other side's value
///    means agreement there (lo = mid), else disagreement (hi = mid). Unless
///    one step is left, the mover also proves its state at the next midpoint,
///    and the turn passes. A side that misses its move deadline loses.
/// 3. On one step lo -> lo+1, validators vote with their token votes at the
///    opening block. Quorum and majority decide; otherwise it is a draw.
/// 4. Resolution pays out through the ledger's pull payments.
/// Dispute IDs are the challenge commitments.
contract Disputes {

    uint256 internal constant BPS = 10_000;

    enum Phase {
        None,
        Bisection,
        Voting,
        Resolved
    }

    enum Outcome {
        None,
        WorkerWrong,
        ChallengerWrong,
        Draw
    }

    /// @notice A dispute, in eight slots.
    struct Dispute {
        address worker;
        uint16 lo;
        uint16 hi;
        Phase phase;
        bool challengerToMove;
        uint40 deadline;
        address challenger;
        uint96 bond;
        bytes32 workerRoot;
        bytes32 challengerRoot;
        bytes32 pending; // the other side's state at (lo+hi)/2, awaiting the mover's
        uint96 forWorker;
        uint96 forChallenger;
        uint64 openBlock;
        bytes32 updateId;
        uint32 k;
        uint32 moveDeadline;
        uint32 votingPeriod;
        uint16 quorumBps;
        uint16 challengerShareBps;
        uint16 validatorFeeBps;
        Outcome outcome;
        uint96 feePool;
    }

    /// @notice One validator's vote.
    struct Ballot {
        uint96 weight;
        bool forWorker;
        bool claimed;
    }

    ILedgerHooks public immutable ledger;
    ITokenVotes public immutable token;

    /// @notice Challenge commitment => block it was committed in.
    mapping(bytes32 => uint256) public commitments;
    mapping(bytes32 => Dispute) internal _disputes;
    mapping(bytes32 => mapping(address => Ballot)) internal _ballots;

    error AlreadyCommitted(bytes32 commitment);
    error UnknownCommitment(bytes32 commitment);
    error RevealTooEarly(bytes32 commitment);
    error SelfChallenge();
    error NoDisagreement();
    error BadProof(uint256 index);
    error UnknownDispute(bytes32 disputeId);
    error WrongPhase(bytes32 disputeId, Phase phase);
    error NotYourTurn(bytes32 disputeId, address expected);
    error DeadlinePassed(bytes32 disputeId, uint256 deadline);
    error DeadlineNotPassed(bytes32 disputeId, uint256 deadline);
    error PartyCannotVote();
    error AlreadyVoted(bytes32 disputeId, address voter);
    error NoVotingPower(address voter, uint256 openBlock);
    error UpdateMismatch(bytes32 disputeId);
    error NothingToClaim(bytes32 disputeId, address voter);

    event ChallengeCommitted(bytes32 indexed commitment, address indexed challenger);
    event ChallengeRevealed(
        bytes32 indexed disputeId,
        bytes32 indexed updateId,
        bytes32 indexed runId,
        address challenger,
        address worker,
        bytes32 challengerRoot,
        uint256 k
    );
    /// @notice A side proved its trace state at `index`.
    event Moved(bytes32 indexed disputeId, address indexed mover, uint256 index, bytes32 state);
    /// @notice Bisection ended on the single step lo -> lo+1.
    event VotingOpened(bytes32 indexed disputeId, uint256 step, uint256 deadline);
    event Voted(bytes32 indexed disputeId, address indexed voter, bool forWorker, uint256 weight);
    event DisputeResolved(
        bytes32 indexed disputeId, bytes32 indexed updateId, Outcome outcome, uint256 slashed, uint256 feePool
    );
    event VoterPaid(bytes32 indexed disputeId, address indexed voter, uint256 amount);

    constructor(ILedgerHooks ledger_, ITokenVotes token_) {
        ledger = ledger_;
        token = token_;
    }

    /// @notice The commitment a challenger publishes first.
    function commitmentOf(bytes32 updateId, bytes32 challengerRoot, bytes32 salt, address challenger)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(updateId, challengerRoot, salt, challenger));
    }

    /// @notice Step 1a: commit to a challenge without revealing it.
    function commitChallenge(bytes32 commitment) external {
        if (commitments[commitment] != 0) revert AlreadyCommitted(commitment);
        commitments[commitment] = block.number;
        emit ChallengeCommitted(commitment, msg.sender);
    }

    /// @notice The challenger's side of a reveal.
    struct Reveal {
        bytes32 challengerRoot; // the challenger's trace root over s_0..s_k
        bytes32 salt;
        bytes32 finalState; // the challenger's s_k; must differ from the update's state hash
        bytes32[] finalProof;
        bytes32 midState; // the challenger's s_{k/2} (ignored when k == 1)
        bytes32[] midProof;
    }

    /// @notice Step 1b: reveal a challenge (a later block than its commit,
    /// inside the update's challenge window) and lock the bond (approve the
    /// ledger for it first).
    /// @param u The challenged update.
    /// @return disputeId The commitment, now the dispute's ID.
    function revealChallenge(DisputedUpdate calldata u, Reveal calldata r) external returns (bytes32 disputeId) {
        bytes32 updateId = updateIdOf(u);
        disputeId = commitmentOf(updateId, r.challengerRoot, r.salt, msg.sender);
        uint256 at = commitments[disputeId];
        if (at == 0) revert UnknownCommitment(disputeId);
        if (at >= block.number) revert RevealTooEarly(disputeId);
        if (msg.sender == u.worker) revert SelfChallenge();
        if (r.finalState == u.stateHash) revert NoDisagreement();
        delete commitments[disputeId];

        DisputeParams memory dp = ledger.openDispute(u, msg.sender);
        uint256 n = uint256(dp.k) + 1;
        if (!TraceMerkle.verify(r.challengerRoot, n, dp.k, r.finalState, r.finalProof)) revert BadProof(dp.k);
        Dispute storage d = _initDispute(disputeId, u, updateId, r.challengerRoot, dp);
        emit Moved(disputeId, msg.sender, dp.k, r.finalState);
        if (dp.k == 1) {
            _openVoting(d, disputeId);
        } else {
            uint256 mid = dp.k / 2;
            if (!TraceMerkle.verify(r.challengerRoot, n, mid, r.midState, r.midProof)) revert BadProof(mid);
            d.pending = r.midState;
            d.phase = Phase.Bisection;
            d.deadline = uint40(block.timestamp + dp.moveDeadline);
            emit Moved(disputeId, msg.sender, mid, r.midState);
        }
    }

    function _initDispute(
        bytes32 disputeId,
        DisputedUpdate calldata u,
        bytes32 updateId,
        bytes32 challengerRoot,
        DisputeParams memory dp
    ) private returns (Dispute storage d) {
        d = _disputes[disputeId];
        d.worker = u.worker;
        d.hi = uint16(dp.k);
        d.challenger = msg.sender;
        d.bond = dp.challengeBond;
        d.workerRoot = u.traceRoot;
        d.challengerRoot = challengerRoot;
        d.openBlock = uint64(block.number);
        d.updateId = updateId;
        d.k = dp.k;
        d.moveDeadline = dp.moveDeadline;
        d.votingPeriod = dp.votingPeriod;
        d.quorumBps = dp.quorumBps;
        d.challengerShareBps = dp.challengerShareBps;
        d.validatorFeeBps = dp.validatorFeeBps;
        emit ChallengeRevealed(disputeId, updateId, u.runId, msg.sender, u.worker, challengerRoot, dp.k);
    }

    /// @notice A trace state with its Merkle proof.
    struct Proven {
        bytes32 state;
        bytes32[] proof;
    }

    /// @notice Step 2: a bisection move by the side whose turn it is.
    /// @param at The mover's state at the pending midpoint (lo+hi)/2.
    /// @param next The mover's state at the next midpoint (ignored, may be
    /// empty, when this move leaves a single step).
    function move(bytes32 disputeId, Proven calldata at, Proven calldata next) external {
        Dispute storage d = _disputes[disputeId];
        if (d.phase != Phase.Bisection) revert WrongPhase(disputeId, d.phase);
        bool challengerMoves = d.challengerToMove;
        {
            address mover = challengerMoves ? d.challenger : d.worker;
            if (msg.sender != mover) revert NotYourTurn(disputeId, mover);
        }
        if (block.timestamp > d.deadline) revert DeadlinePassed(disputeId, d.deadline);
        bytes32 root = challengerMoves ? d.challengerRoot : d.workerRoot;
        uint256 lo = d.lo;
        uint256 hi = d.hi;
        uint256 mid = (lo + hi) / 2;
        if (!TraceMerkle.verify(root, uint256(d.k) + 1, mid, at.state, at.proof)) revert BadProof(mid);
        if (at.state == d.pending) {
            lo = mid;
        } else {
            hi = mid;
        }
        d.lo = uint16(lo);
        d.hi = uint16(hi);
        emit Moved(disputeId, msg.sender, mid, at.state);
        if (hi - lo == 1) {
            _openVoting(d, disputeId);
            return;
        }
        mid = (lo + hi) / 2;
        if (!TraceMerkle.verify(root, uint256(d.k) + 1, mid, next.state, next.proof)) revert BadProof(mid);
        d.pending = next.state;
        d.challengerToMove = !challengerMoves;
        d.deadline = uint40(block.timestamp + d.moveDeadline);
        emit Moved(disputeId, msg.sender, mid, next.state);
    }

    /// @notice Step 3: vote on the single disputed step. Weight is the
    /// caller's token votes at the dispute's opening block; the two parties
    /// cannot vote.
    /// @param forWorker True if the worker's state after the step is right.
    function vote(bytes32 disputeId, bool forWorker) external {
        Dispute storage d = _disputes[disputeId];
        if (d.phase != Phase.Voting) revert WrongPhase(disputeId, d.phase);
        if (block.timestamp > d.deadline) revert DeadlinePassed(disputeId, d.deadline);
        if (msg.sender == d.worker || msg.sender == d.challenger) revert PartyCannotVote();
        Ballot storage b = _ballots[disputeId][msg.sender];
        if (b.weight != 0) revert AlreadyVoted(disputeId, msg.sender);
        uint256 w = token.getPastVotes(msg.sender, d.openBlock);
        if (w == 0) revert NoVotingPower(msg.sender, d.openBlock);
        b.weight = uint96(w);
        b.forWorker = forWorker;
        if (forWorker) {
            d.forWorker += uint96(w);
        } else {
            d.forChallenger += uint96(w);
        }
        emit Voted(disputeId, msg.sender, forWorker, w);
    }

    /// @notice Step 4: resolves a dispute whose move deadline (the side to
    /// move loses) or voting period (quorum and majority, else a draw) has
    /// passed. Anyone may call it with the disputed update's fields.
    function resolve(bytes32 disputeId, DisputedUpdate calldata u) external returns (Outcome outcome) {
        Dispute storage d = _disputes[disputeId];
        Phase phase = d.phase;
        if (phase != Phase.Bisection && phase != Phase.Voting) revert WrongPhase(disputeId, phase);
        if (block.timestamp <= d.deadline) revert DeadlineNotPassed(disputeId, d.deadline);
        if (updateIdOf(u) != d.updateId) revert UpdateMismatch(disputeId);

        if (phase == Phase.Bisection) {
            outcome = d.challengerToMove ? Outcome.ChallengerWrong : Outcome.WorkerWrong;
        } else {
            uint256 total = uint256(d.forWorker) + d.forChallenger;
            uint256 quorum = (token.getPastTotalSupply(d.openBlock) * d.quorumBps) / BPS;
            if (total == 0 || total < quorum || d.forWorker == d.forChallenger) {
                outcome = Outcome.Draw;
            } else {
                outcome = d.forWorker > d.forChallenger ? Outcome.ChallengerWrong : Outcome.WorkerWrong;
            }
        }
        d.phase = Phase.Resolved;
        d.outcome = outcome;

        uint256 bond = d.bond;
        uint256 slashed;
        uint256 fee;
        if (outcome == Outcome.WorkerWrong) {
            slashed = ledger.closeDispute(u, true);
            uint256 toChallenger = (slashed * d.challengerShareBps) / BPS;
            if (d.forChallenger != 0) fee = (slashed * d.validatorFeeBps) / BPS;
            ledger.payout(d.challenger, bond + toChallenger);
            ledger.burnEscrow(slashed - toChallenger - fee);
        } else if (outcome == Outcome.ChallengerWrong) {
            ledger.closeDispute(u, false);
            if (d.forWorker != 0) fee = (bond * d.validatorFeeBps) / BPS;
            ledger.payout(d.worker, bond - fee);
        } else {
            ledger.closeDispute(u, false);
            ledger.payout(d.challenger, bond);
        }
        d.feePool = uint96(fee);
        emit DisputeResolved(disputeId, d.updateId, outcome, slashed, fee);
    }

    /// @notice Credits a validator on the winning side its share of the
    /// dispute's fee pool (then `claim` on the ledger pays it out).
    function claimVoterFee(bytes32 disputeId) external returns (uint256 amount) {
        Dispute storage d = _disputes[disputeId];
        if (d.phase != Phase.Resolved) revert WrongPhase(disputeId, d.phase);
        Ballot storage b = _ballots[disputeId][msg.sender];
        Outcome o = d.outcome;
        bool won = (o == Outcome.WorkerWrong && !b.forWorker) || (o == Outcome.ChallengerWrong && b.forWorker);
        if (b.weight == 0 || b.claimed || !won || d.feePool == 0) revert NothingToClaim(disputeId, msg.sender);
        b.claimed = true;
        uint256 winners = o == Outcome.WorkerWrong ? d.forChallenger : d.forWorker;
        amount = (uint256(d.feePool) * b.weight) / winners;
        ledger.payout(msg.sender, amount);
        emit VoterPaid(disputeId, msg.sender, amount);
    }

    /// @notice A dispute's state.
    function dispute(bytes32 disputeId) external view returns (Dispute memory) {
        return _disputes[disputeId];
    }

    /// @notice A validator's ballot in a dispute.
    function ballot(bytes32 disputeId, address voter) external view returns (Ballot memory) {
        return _ballots[disputeId][voter];
    }

    function _openVoting(Dispute storage d, bytes32 disputeId) private {
        d.phase = Phase.Voting;
        uint256 deadline = block.timestamp + d.votingPeriod;
        d.deadline = uint40(deadline);
        emit VotingOpened(disputeId, d.lo, deadline);
    }
}
