package chain_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/unstoppable-models/umnode/chain"
	"github.com/unstoppable-models/umnode/chain/devchain"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoadKey_Keystore(t *testing.T) {
	dir := t.TempDir()
	key := devchain.DevKey(3)
	ks := filepath.Join(dir, "key.json")
	if err := chain.SaveKeystore(ks, key, "s3cret", true); err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := chain.LoadKey(chain.KeySource{Keystore: ks, PasswordFile: pw}, env(nil))
	if err != nil {
		t.Fatalf("LoadKey with password file: %v", err)
	}
	if !got.Equal(key) {
		t.Fatal("keystore round trip gave another key")
	}
	got, err = chain.LoadKey(chain.KeySource{Keystore: ks}, env(map[string]string{chain.EnvPassphrase: "s3cret"}))
	if err != nil || !got.Equal(key) {
		t.Fatalf("LoadKey with passphrase from env: %v", err)
	}

	_, err = chain.LoadKey(chain.KeySource{Keystore: ks}, env(map[string]string{chain.EnvPassphrase: "wrong"}))
	if !errors.Is(err, chain.ErrWrongPassphrase) || !strings.Contains(err.Error(), "--password-file") {
		t.Fatalf("wrong passphrase: got %v, want ErrWrongPassphrase saying what to check", err)
	}
	if _, err := chain.LoadKey(chain.KeySource{Keystore: ks}, env(nil)); err == nil || !strings.Contains(err.Error(), "no passphrase") {
		t.Fatalf("keystore without passphrase: got %v", err)
	}
	if _, err := chain.LoadKey(chain.KeySource{Keystore: filepath.Join(dir, "missing.json"), PasswordFile: pw}, env(nil)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing keystore: got %v, want a not-exist error", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "junk.json"), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.LoadKey(chain.KeySource{Keystore: filepath.Join(dir, "junk.json"), PasswordFile: pw}, env(nil)); err == nil || errors.Is(err, chain.ErrWrongPassphrase) {
		t.Fatalf("junk keystore: got %v, want a not-a-keystore error", err)
	}
}

func TestLoadKey_Env(t *testing.T) {
	key := devchain.DevKey(0)
	hexKey := "0x" + strings.ToUpper(hexOf(crypto.FromECDSA(key)))
	got, err := chain.LoadKey(chain.KeySource{}, env(map[string]string{chain.EnvKey: " " + hexKey + "\n"}))
	if err != nil || !got.Equal(key) {
		t.Fatalf("LoadKey from env: %v", err)
	}
	if _, err := chain.LoadKey(chain.KeySource{}, env(nil)); !errors.Is(err, chain.ErrNoKey) {
		t.Fatalf("no key configured: got %v, want ErrNoKey", err)
	}
	secret := "zz" + hexOf(crypto.FromECDSA(key))[2:]
	for _, bad := range []string{"0x1234", secret, strings.Repeat("0", 64), strings.Repeat("f", 64)} {
		_, err := chain.LoadKey(chain.KeySource{}, env(map[string]string{chain.EnvKey: bad}))
		if err == nil || !strings.Contains(err.Error(), chain.EnvKey) {
			t.Fatalf("bad key %q: got %v, want an error naming %s", bad, err, chain.EnvKey)
		}
		if len(bad) > 8 && strings.Contains(err.Error(), bad[2:]) {
			t.Fatalf("error %q leaks the key material", err)
		}
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, x := range b {
		out = append(out, digits[x>>4], digits[x&15])
	}
	return string(out)
}

func FuzzParseHexKey(f *testing.F) {
	f.Add("0x" + hexOf(crypto.FromECDSA(devchain.DevKey(1))))
	f.Add(strings.Repeat("f", 64))
	f.Add("")
	f.Add("0x")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := chain.ParseHexKey(s)
		if err != nil {
			if len(s) >= 16 && strings.Contains(err.Error(), s) {
				t.Fatalf("error echoes the input: %v", err)
			}
			return
		}
		// A parsed key re-encodes to the same 32 bytes it came from.
		again, err := chain.ParseHexKey(hexOf(crypto.FromECDSA(k)))
		if err != nil || !again.Equal(k) {
			t.Fatalf("re-parse of %q failed: %v", s, err)
		}
	})
}
