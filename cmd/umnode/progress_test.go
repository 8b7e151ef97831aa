package main_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	umnode "github.com/unstoppable-models/umnode/cmd/umnode"
)

// clock is a fake clock the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock               { return &clock{t: time.Unix(1_700_000_000, 0)} }

func TestProgressBar_TerminalRedrawsInPlace(t *testing.T) {
	var out bytes.Buffer
	c := newClock()
	bar := umnode.NewProgressBarOn(&out, "fetch", true, c.now)
	bar.Update(0, 100e6)
	c.add(time.Second)
	bar.Update(50e6, 100e6)
	got := out.String()
	last := got[strings.LastIndex(got, "\r")+1:]
	for _, want := range []string{"fetch [############------------]", " 50%", "50.0/100.0 MB", "50.0 MB/s", "ETA 1s"} {
		if !strings.Contains(last, want) {
			t.Fatalf("bar %q lacks %q", last, want)
		}
	}
	if strings.Contains(got, "\n") {
		t.Fatalf("terminal bar printed a newline before Done: %q", got)
	}

	// Updates faster than the redraw interval are not drawn.
	n := out.Len()
	c.add(10 * time.Millisecond)
	bar.Update(51e6, 100e6)
	if out.Len() != n {
		t.Fatalf("redrawn after 10ms: %q", out.String()[n:])
	}

	c.add(time.Second)
	bar.Update(100e6, 100e6)
	bar.Done()
	got = out.String()
	if !strings.HasSuffix(got, "\n") {
		t.Fatalf("Done did not end the line: %q", got)
	}
	final := got[strings.LastIndex(got, "\r")+1:]
	if !strings.Contains(final, "100%") || !strings.Contains(final, "[########################]") || strings.Contains(final, "ETA") {
		t.Fatalf("final bar %q, want a full bar at 100%% without ETA", final)
	}
}

func TestProgressBar_PlainLinesWhenNotATerminal(t *testing.T) {
	var out bytes.Buffer
	c := newClock()
	bar := umnode.NewProgressBarOn(&out, "fetch", false, c.now)
	for range 10 { // 1.8s of updates: too soon for a line
		c.add(180 * time.Millisecond)
		bar.Update(1e6, 10e6)
	}
	if out.Len() != 0 {
		t.Fatalf("printed within the first 2s: %q", out.String())
	}
	c.add(300 * time.Millisecond)
	bar.Update(5e6, 10e6)
	bar.Done()
	got := out.String()
	if strings.Contains(got, "\r") || strings.Count(got, "\n") != 1 {
		t.Fatalf("want exactly one plain line, got %q", got)
	}
	if !strings.HasPrefix(got, "fetch:  50% 5.0/10.0 MB") {
		t.Fatalf("line %q", got)
	}
}

func TestProgressBar_QuietPrintsNothing(t *testing.T) {
	var out bytes.Buffer
	bar := umnode.NewProgressBar(&out, "fetch", true)
	bar.Update(1, 2)
	bar.Done()
	if out.Len() != 0 {
		t.Fatalf("quiet bar printed %q", out.String())
	}
	// A bytes.Buffer is not a terminal: plain lines, nothing in the first
	// seconds.
	bar = umnode.NewProgressBar(&out, "fetch", false)
	bar.Update(1, 2)
	bar.Done()
	if out.Len() != 0 {
		t.Fatalf("non-terminal bar printed at once: %q", out.String())
	}
}
