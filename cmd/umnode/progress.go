package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progressBar shows a transfer's progress: on a terminal a bar redrawn in
// place (bytes, MB/s, ETA), elsewhere (a log file, a pipe) a plain line every
// few seconds, so that logs stay readable. A nil *progressBar does nothing.
type progressBar struct {
	w     io.Writer
	label string
	tty   bool
	now   func() time.Time

	start       time.Time
	last        time.Time // last draw
	done, total int64
	drawn       bool // something is on the line (tty) or was printed
	width       int  // length of the last tty line, to blank what is left
}

// Redraw intervals: a terminal bar at most 10 times a second, plain lines
// every 2 seconds.
const (
	barEvery  = 100 * time.Millisecond
	lineEvery = 2 * time.Second
	barCells  = 24
)

// newProgressBar returns a bar on w (a terminal bar when w is one), or nil
// when quiet.
func newProgressBar(w io.Writer, label string, quiet bool) *progressBar {
	if quiet {
		return nil
	}
	return newProgressBarOn(w, label, isTerminal(w), time.Now)
}

func newProgressBarOn(w io.Writer, label string, tty bool, now func() time.Time) *progressBar {
	return &progressBar{w: w, label: label, tty: tty, now: now, start: now(), total: -1}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Update records done of total bytes (total < 0: not known yet) and
// redraws when it is time.
func (p *progressBar) Update(done, total int64) {
	if p == nil {
		return
	}
	p.done, p.total = done, total
	now := p.now()
	every := lineEvery
	if p.tty {
		every = barEvery
	}
	if now.Sub(p.last) < every || (!p.tty && now.Sub(p.start) < lineEvery) {
		return
	}
	p.last = now
	p.draw(now)
}

// Done draws the final state and ends the bar's line.
func (p *progressBar) Done() {
	if p == nil {
		return
	}
	if p.tty && p.drawn {
		p.draw(p.now())
		fmt.Fprintln(p.w)
	}
}

func (p *progressBar) draw(now time.Time) {
	line := p.line(now)
	if p.tty {
		pad := ""
		if n := p.width - len(line); n > 0 {
			pad = strings.Repeat(" ", n)
		}
		fmt.Fprintf(p.w, "\r%s%s", line, pad)
		p.width = len(line)
	} else {
		fmt.Fprintln(p.w, line)
	}
	p.drawn = true
}

// line is the progress as text: with a bar on a terminal.
func (p *progressBar) line(now time.Time) string {
	elapsed := now.Sub(p.start)
	var rate float64 // bytes per second
	if elapsed > 0 {
		rate = float64(p.done) / elapsed.Seconds()
	}
	var b strings.Builder
	b.WriteString(p.label)
	if p.total > 0 {
		frac := min(float64(p.done)/float64(p.total), 1)
		if p.tty {
			full := int(frac * barCells)
			fmt.Fprintf(&b, " [%s%s]", strings.Repeat("#", full), strings.Repeat("-", barCells-full))
		} else {
			b.WriteString(":")
		}
		fmt.Fprintf(&b, " %3.0f%% %s/%s MB, %s MB/s", 100*frac, mb(p.done), mb(p.total), mb(int64(rate)))
		if rate > 0 && p.done < p.total {
			eta := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
			fmt.Fprintf(&b, ", ETA %s", eta.Round(time.Second))
		}
		return b.String()
	}
	if !p.tty {
		b.WriteString(":")
	}
	fmt.Fprintf(&b, " %s MB, %s MB/s, waiting for the size", mb(p.done), mb(int64(rate)))
	return b.String()
}

// mb formats bytes as decimal megabytes with one decimal.
func mb(n int64) string { return fmt.Sprintf("%.1f", float64(n)/1e6) }
