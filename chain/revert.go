package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted matches (with errors.Is) every revert, decoded or not.
var ErrReverted = errors.New("execution reverted")

// RevertError is a decoded revert: Solidity's Error(string), Panic(uint256)
// or a custom error found in the decoder's ABIs.
type RevertError struct {
	// Name is "Error", "Panic", the custom error's name, or "" when the
	// selector is unknown or there is no data.
	Name string
	// Args are the decoded arguments in declaration order (string for Error,
	// *big.Int for Panic).
	Args []any
	// Reason is the readable form, e.g.
	// `ERC20InsufficientBalance(sender: 0x…, balance: 0, needed: 5)`.
	Reason string
	// Data is the raw revert data.
	Data []byte
	// Note says how far to trust a reason replayed from a mined
	// transaction ("" when the replay met the transaction's own state).
	Note string
}

func (e *RevertError) Error() string {
	if e.Note != "" {
		return "execution reverted: " + e.Reason + " (" + e.Note + ")"
	}
	return "execution reverted: " + e.Reason
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

var (
	selError = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selPanic = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)

	stringArgs, _  = abi.NewType("string", "", nil)
	uint256Args, _ = abi.NewType("uint256", "", nil)
)

// panicReasons are Solidity's panic codes
// (docs.soliditylang.org, "Panic via assert and Error via require").
var panicReasons = map[uint64]string{
	0x00: "generic compiler panic",
	0x01: "assert failed",
	0x11: "arithmetic overflow or underflow",
	0x12: "division or modulo by zero",
	0x21: "conversion to an invalid enum value",
	0x22: "incorrectly encoded storage byte array",
	0x31: "pop() on an empty array",
	0x32: "array index out of bounds",
	0x41: "out of memory (allocation too large)",
	0x51: "call to a zero-initialized internal function",
}

// ErrorDecoder turns revert data into RevertErrors, looking custom errors up
// by selector across a set of ABIs.
type ErrorDecoder struct {
	byID map[[4]byte]abi.Error
}

// NewErrorDecoder indexes the custom errors of abis. An error declared in
// several ABIs (an OpenZeppelin error inherited by two contracts) is kept
// once; on a selector clash between different signatures the first wins.
func NewErrorDecoder(abis ...*abi.ABI) *ErrorDecoder {
	d := &ErrorDecoder{byID: map[[4]byte]abi.Error{}}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			if _, ok := d.byID[id]; !ok {
				d.byID[id] = e
			}
		}
	}
	return d
}

// Decode decodes revert data. It never fails: undecodable data gives a
// RevertError naming the selector and length.
func (d *ErrorDecoder) Decode(data []byte) *RevertError {
	e := &RevertError{Data: data}
	if len(data) == 0 {
		e.Reason = "no reason given (a bare revert or require without message, or out of gas)"
		return e
	}
	if len(data) < 4 {
		e.Reason = fmt.Sprintf("malformed revert data 0x%x (under 4 bytes)", data)
		return e
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case selError:
		vals, err := abi.Arguments{{Type: stringArgs}}.Unpack(data[4:])
		if err != nil {
			e.Reason = fmt.Sprintf("malformed Error(string) data (%d bytes): %v", len(data), err)
			return e
		}
		msg := vals[0].(string)
		e.Name, e.Args, e.Reason = "Error", []any{msg}, fmt.Sprintf("%q", msg)
		return e
	case selPanic:
		vals, err := abi.Arguments{{Type: uint256Args}}.Unpack(data[4:])
		if err != nil {
			e.Reason = fmt.Sprintf("malformed Panic(uint256) data (%d bytes): %v", len(data), err)
			return e
		}
		code := vals[0].(*big.Int)
		why := "unknown panic code"
		if code.IsUint64() {
			if r, ok := panicReasons[code.Uint64()]; ok {
				why = r
			}
		}
		e.Name, e.Args, e.Reason = "Panic", []any{code}, fmt.Sprintf("panic 0x%x: %s", code, why)
		return e
	}
	if d != nil {
		if abiErr, ok := d.byID[sel]; ok {
			vals, err := abiErr.Inputs.Unpack(data[4:])
			if err != nil {
				e.Reason = fmt.Sprintf("%s with malformed arguments (%d bytes): %v", abiErr.Name, len(data), err)
				return e
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				name := abiErr.Inputs[i].Name
				if name == "" {
					name = fmt.Sprintf("arg%d", i)
				}
				parts[i] = name + ": " + formatArg(v)
			}
			e.Name, e.Args = abiErr.Name, vals
			e.Reason = abiErr.Name + "(" + strings.Join(parts, ", ") + ")"
			return e
		}
	}
	e.Reason = fmt.Sprintf("unknown custom error 0x%x (%d bytes of data; not in the bindings' ABIs)", sel, len(data))
	return e
}

func formatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case [32]byte:
		return "0x" + hex.EncodeToString(x[:])
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprintf("%v", v)
}

// RevertData extracts the revert data carried by an RPC error (eth_call or
// eth_estimateGas answering "execution reverted" with a data field).
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, decErr := hexutil.Decode(s)
	if decErr != nil {
		return nil, false
	}
	return b, true
}

// DecodeError returns a *RevertError for an RPC error that carries revert
// data (or says "execution reverted" without data), and err unchanged
// otherwise.
func (d *ErrorDecoder) DecodeError(err error) error {
	if err == nil {
		return nil
	}
	if data, ok := RevertData(err); ok {
		return d.Decode(data)
	}
	if msg := err.Error(); strings.Contains(msg, "execution reverted") {
		e := d.Decode(nil)
		if _, after, ok := strings.Cut(msg, "execution reverted: "); ok && after != "" {
			e.Reason = after
		}
		return e
	}
	return err
}
