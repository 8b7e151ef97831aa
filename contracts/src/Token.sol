// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title Token: the staking currency and DAO vote weight of umnode.
/// @notice A fixed-supply ERC-20 with vote checkpoints (ERC20Votes, block-number
/// clock). Validators must delegate (to themselves) before a dispute opens for
/// their balance to count at that dispute's opening block. Holders can burn,
/// which the dispute resolution uses for the unpaid part of a slash.
/// @dev The whole supply is minted once, to `holder`. It must fit in uint96
/// because the ledger packs stake amounts into 96-bit fields.
contract Token is ERC20, ERC20Burnable, ERC20Permit, ERC20Votes {
    /// @notice The initial supply does not fit the ledger's 96-bit amounts.
    error SupplyTooLarge(uint256 supply);

    /// @param name_ ERC-20 name.
    /// @param symbol_ ERC-20 symbol.
    /// @param holder Receives the whole supply.
    /// @param supply Total supply in base units (18 decimals), at most 2^96-1.
    constructor(string memory name_, string memory symbol_, address holder, uint256 supply)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        if (supply > type(uint96).max) revert SupplyTooLarge(supply);
        _mint(holder, supply);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    /// @inheritdoc Nonces
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
