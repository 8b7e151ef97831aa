package main_test

import (
	"math/big"
	"strings"
	"testing"

	umnode "github.com/unstoppable-models/umnode/cmd/umnode"
)

func TestParseTokens_Amounts(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"100", "100000000000000000000"},
		{"0.5", "500000000000000000"},
		{"0.000000000000000001", "1"},
		{"1.500", "1500000000000000000"},
		{" 7 ", "7000000000000000000"},
		{"1.0000000000000000000000", "1000000000000000000"},
	} {
		got, err := umnode.ParseTokens(tc.in)
		if err != nil {
			t.Fatalf("ParseTokens(%q): %v", tc.in, err)
		}
		if got.String() != tc.want {
			t.Fatalf("ParseTokens(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"0", "0"}, {"1", "0.000000000000000001"}, {"1500000000000000000", "1.5"}, {"100000000000000000000", "100"},
	} {
		x, _ := new(big.Int).SetString(tc.in, 10)
		if got := umnode.FormatTokens(x); got != tc.want {
			t.Fatalf("FormatTokens(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzParseTokens checks that an accepted amount is positive, fits the
// contracts' uint96, and survives formatting and parsing again.
func FuzzParseTokens(f *testing.F) {
	for _, s := range []string{"100", "0.5", "0", "-1", "1e3", "0.0000000000000000001", "79228162514.264337593543950335", "79228162514.264337593543950336", "", ".5", "5.", "00012.3400"} {
		f.Add(s)
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	f.Fuzz(func(t *testing.T, s string) {
		v, err := umnode.ParseTokens(s)
		if err != nil {
			if !strings.Contains(err.Error(), "amount") {
				t.Fatalf("error %q does not name the amount", err)
			}
			return
		}
		if v.Sign() <= 0 || v.Cmp(max) > 0 {
			t.Fatalf("ParseTokens(%q) = %s, outside (0, 2^96)", s, v)
		}
		back, err := umnode.ParseTokens(umnode.FormatTokens(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("ParseTokens(FormatTokens(%s)) = %v, %v", v, back, err)
		}
	})
}
