// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title TraceMerkle: inclusion proofs over an update's trace s_0..s_k.
/// @notice The Solidity twin of protocol/trace.go:
///   leaf(s) = keccak256(0x00 ‖ s), node(l, r) = keccak256(0x01 ‖ l ‖ r),
///   n = k+1 leaves padded with bytes32(0) node values to the next power of two,
///   proof siblings bottom-up, bit j of the index says right (1) or left (0).
library TraceMerkle {
    /// @notice Largest trace (protocol.MaxTraceLen): depth <= 16.
    uint256 internal constant MAX_TRACE_LEN = 1 << 16;

    /// @notice Levels above the leaves for a trace of n states.
    function depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) {
            d++;
        }
    }

    /// @notice True when `state` is s_i of an n-state trace with root `root`.
    function verify(bytes32 root, uint256 n, uint256 i, bytes32 state, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (n == 0 || n > MAX_TRACE_LEN || i >= n || proof.length != depth(n)) {
            return false;
        }
        bytes32 h;
        assembly ("memory-safe") {
            // Hash in scratch memory at the free pointer, which is not moved:
            // [0x00|0x01 byte][32][32] = 65 bytes.
            let m := mload(0x40)
            mstore8(m, 0x00)
            mstore(add(m, 1), state)
            h := keccak256(m, 33)
            let idx := i
            let p := proof.offset
            for { let end := add(p, shl(5, proof.length)) } lt(p, end) { p := add(p, 32) } {
                let sib := calldataload(p)
                mstore8(m, 0x01)
                switch and(idx, 1)
                case 0 {
                    mstore(add(m, 1), h)
                    mstore(add(m, 33), sib)
                }
                default {
                    mstore(add(m, 1), sib)
                    mstore(add(m, 33), h)
                }
                h := keccak256(m, 65)
                idx := shr(1, idx)
            }
        }
        return h == root;
    }
}
