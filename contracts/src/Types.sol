// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice An update as later calls name it: its fields, from which the
/// contracts re-derive the update ID (they store only a packed status slot per
/// update). `cidHash` is keccak256 of the binary CID.
struct UpdateRef {
    bytes32 runId;
    bytes32 parent;
    bytes32 stateHash;
    bytes32 traceRoot;
    bytes32 cidHash;
    address worker;
}

/// @notice A run's parameters, fixed when the sponsor creates it.
struct RunParams {
    bytes32 runId; // the manifest hash
    bytes32 genesisState; // sha256 of the initial checkpoint
    bytes genesisCid; // binary CID of the initial checkpoint
    uint32 k; // training steps per update; a trace has k+1 states
    uint96 minStake; // worker self-bond needed to commit
    uint32 challengeWindow; // seconds after a commit during which it can be challenged
    uint32 moveDeadline; // seconds each side has for a bisection move
    uint32 votingPeriod; // seconds validators have to vote on the final step
    uint16 quorumBps; // share of the token supply (at the opening block) that must vote
    uint16 workerSlashBps; // share of the worker's own stake slashed on fraud
    uint16 delegatorSlashBps; // cap: share of the delegated stake slashed on fraud
    uint16 challengerShareBps; // share of the slash paid to the challenger
    uint16 validatorFeeBps; // share of the slash (or lost bond) paid to winning voters
    uint96 challengeBond; // bond a challenger locks
    uint96 rewardPerUpdate; // paid from the reward pool per finalized update
    uint96 funding; // initial reward pool, pulled from the sponsor
}

/// @notice What the dispute game needs to know about a run.
struct DisputeParams {
    uint32 k;
    uint32 moveDeadline;
    uint32 votingPeriod;
    uint16 quorumBps;
    uint16 challengerShareBps;
    uint16 validatorFeeBps;
    uint96 challengeBond;
}

/// @notice The ledger's side of the dispute game, callable only by the
/// Disputes contract.
interface ILedgerDisputes {
    function openDispute(UpdateRef calldata u, address challenger) external returns (DisputeParams memory);
    function closeDispute(UpdateRef calldata u, bool fraud) external returns (uint256 slashed);
    function payout(address to, uint256 amount) external;
    function burnEscrow(uint256 amount) external;
}

/// @dev The parts of Token the ledger uses.
interface ITokenLedger {
    function transfer(address to, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
    function burn(uint256 value) external;
}

/// @dev The parts of Token the dispute game uses.
interface ITokenVotes {
    function getPastVotes(address account, uint256 timepoint) external view returns (uint256);
    function getPastTotalSupply(uint256 timepoint) external view returns (uint256);
}

/// @notice Update ID, as protocol.Update.ID computes it.
library UpdateIds {
    function id(UpdateRef calldata u) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(u.runId, u.parent, u.stateHash, u.traceRoot, u.cidHash, u.worker));
    }
}
