package store_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// The "-netns" benchmarks put each seeder process in a network namespace
// of its own, joined to the root namespace (where the fetcher runs) by a
// veth pair, with the seeder's upload shaped by a token bucket: the links,
// not the CPU, are then the limit, as in a real swarm. The links add no
// delay: this VM's kernel has no netem qdisc (sch_netem); with no round
// trip to cover, the want window is not what these benchmarks test.
const (
	// netnsPrefix starts the names of every namespace ("umbench-N") and
	// veth interface ("umbenchNr" in the root namespace, "umbenchNs" in
	// the seeder's) these benchmarks create; leftovers with it are removed
	// before a run. Two such benchmarks must not run at once.
	netnsPrefix = "umbench"
	// netnsMbit is each seeder's upload rate by default: 200 Mbit/s is
	// 25 MB/s, so that four seeders (100 MB/s) stay well below what the
	// two-core machine's CPU moves (about 500 MB/s quiet, a half or a third
	// of it while others run tests). netnsMbitEnv overrides it.
	netnsMbit    = 200
	netnsMbitEnv = "UMNODE_STORE_BENCH_NETNS_MBIT"
	// netnsBurst is the token bucket's depth: 10 ms at 200 Mbit/s, more
	// than a 64 KiB GSO packet.
	netnsBurst = "256kb"
)

// netnsLinkMbit is the seeders' upload rate in Mbit/s (10^6 bits, as tc
// counts): netnsMbit or, if set, the integer in netnsMbitEnv.
func netnsLinkMbit(tb testing.TB) int {
	v := os.Getenv(netnsMbitEnv)
	if v == "" {
		return netnsMbit
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 10000 {
		tb.Fatalf("%s=%q: want the seeders' upload rate in Mbit/s, 1 to 10000", netnsMbitEnv, v)
	}
	return n
}

// seederLink is a seeder's network namespace and listen address.
type seederLink struct {
	netns  string
	listen string // multiaddr on the seeder's end of the veth pair
}

// setupNetns creates n namespaces, each with a veth pair to the root
// namespace (10.213.N.1/30 at the root, 10.213.N.2/30 in the namespace)
// whose namespace end sends at most netnsLinkMbit. It skips the benchmark when
// it cannot (not root, no ip or tc, no namespaces) and removes everything
// it created when the benchmark ends. It touches no other interface.
func setupNetns(b *testing.B, n int) []seederLink {
	b.Helper()
	if os.Geteuid() != 0 {
		b.Skip("netns benchmarks need root (ip netns add, tc)")
	}
	for _, tool := range []string{"ip", "tc"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Skipf("netns benchmarks need %s (iproute2): %v", tool, err)
		}
	}
	removeNetnsLeftovers(b)
	links := make([]seederLink, n)
	for i := range n {
		ns := fmt.Sprintf("%s-%d", netnsPrefix, i)
		if err := ipCmd("ip", "netns", "add", ns); err != nil {
			if i == 0 {
				b.Skipf("cannot create a network namespace: %v", err)
			}
			b.Fatal(err)
		}
		root, inner := fmt.Sprintf("%s%dr", netnsPrefix, i), fmt.Sprintf("%s%ds", netnsPrefix, i)
		// The seeders' cleanups, registered later, run first. Deleting
		// one end of the veth pair deletes both at once; deleting the
		// namespace would too, but only when the kernel gets to it.
		b.Cleanup(func() {
			if linkExists(root) {
				if err := ipCmd("ip", "link", "del", root); err != nil {
					b.Logf("cleanup: %v", err)
				}
			}
			if err := ipCmd("ip", "netns", "del", ns); err != nil {
				b.Logf("cleanup: %v", err)
			}
		})
		rootAddr, innerAddr := fmt.Sprintf("10.213.%d.1", i), fmt.Sprintf("10.213.%d.2", i)
		for _, args := range [][]string{
			{"ip", "link", "add", root, "type", "veth", "peer", "name", inner, "netns", ns},
			{"ip", "addr", "add", rootAddr + "/30", "dev", root},
			{"ip", "link", "set", root, "up"},
			{"ip", "-n", ns, "addr", "add", innerAddr + "/30", "dev", inner},
			{"ip", "-n", ns, "link", "set", inner, "up"},
			{"tc", "-n", ns, "qdisc", "add", "dev", inner, "root", "tbf", "rate", fmt.Sprint(netnsLinkMbit(b), "mbit"), "burst", netnsBurst, "latency", "20ms"},
		} {
			if err := ipCmd(args...); err != nil {
				b.Fatal(err)
			}
		}
		links[i] = seederLink{netns: ns, listen: "/ip4/" + innerAddr + "/tcp/0"}
	}
	return links
}

// removeNetnsLeftovers deletes namespaces and interfaces named with
// netnsPrefix that an interrupted run left behind.
func removeNetnsLeftovers(b *testing.B) {
	out, err := exec.Command("ip", "netns", "list").Output()
	if err != nil {
		b.Skipf("ip netns list: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(f[0], netnsPrefix+"-") {
			if err := ipCmd("ip", "netns", "del", f[0]); err != nil {
				b.Logf("leftover: %v", err)
			}
		}
	}
	out, err = exec.Command("ip", "-o", "link", "show").Output()
	if err != nil {
		b.Skipf("ip link show: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		// "7: umbench0r@if2: <BROADCAST,...>"
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSuffix(f[1], ":"), "@")
		// One gone since the listing (with its namespace) is no error.
		if strings.HasPrefix(name, netnsPrefix) && linkExists(name) {
			if err := ipCmd("ip", "link", "del", name); err != nil {
				b.Logf("leftover: %v", err)
			}
		}
	}
}

// linkExists reports whether the root namespace has an interface name.
func linkExists(name string) bool {
	return exec.Command("ip", "link", "show", "dev", name).Run() == nil
}

// ipCmd runs an ip or tc command, with its output in the error.
func ipCmd(args ...string) error {
	var out bytes.Buffer
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w: %s", strings.Join(args, " "), err, bytes.TrimSpace(out.Bytes()))
	}
	return nil
}
