package bindings_test

import (
	"fmt"
	"testing"
)

// cancunOpcodes are the opcodes Polygon zkEVM (and any pre-Cancun chain)
// rejects: TLOAD, TSTORE, MCOPY.
var cancunOpcodes = map[byte]string{0x5c: "TLOAD", 0x5d: "TSTORE", 0x5e: "MCOPY"}

// findOpcodes walks EVM code instruction by instruction (skipping PUSH
// immediates) and reports the offsets of any opcode in bad.
func findOpcodes(code []byte, bad map[byte]string) []string {
	var found []string
	for pc := 0; pc < len(code); pc++ {
		op := code[pc]
		if name, ok := bad[op]; ok {
			found = append(found, fmt.Sprintf("%s at %d", name, pc))
		}
		if op >= 0x60 && op <= 0x7f { // PUSH1..PUSH32
			pc += int(op - 0x5f)
		}
	}
	return found
}

func TestBytecode_findOpcodesSkipsPushData(t *testing.T) {
	// PUSH2 0x5c5d, then a real MCOPY.
	code := []byte{0x61, 0x5c, 0x5d, 0x5e}
	got := findOpcodes(code, cancunOpcodes)
	if len(got) != 1 || got[0] != "MCOPY at 3" {
		t.Fatalf("findOpcodes = %v, want [MCOPY at 3]", got)
	}
}

func TestBytecode_NoCancunOpcodes(t *testing.T) {
	c := newChain(t)
	for name, addr := range c.d.Addresses() {
		code, err := c.client.CodeAt(t.Context(), addr, nil)
		if err != nil {
			t.Fatalf("code of %s: %v", name, err)
		}
		if len(code) == 0 {
			t.Fatalf("%s at %s has no code", name, addr)
		}
		if bad := findOpcodes(code, cancunOpcodes); len(bad) > 0 {
			t.Fatalf("%s runtime code uses Cancun opcodes: %v", name, bad)
		}
	}
}
