package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// RetryPolicy bounds how a failed RPC call is retried: at most Attempts tries
// in all, sleeping Initial, 2*Initial, ... capped at Max between them (each
// sleep jittered to 50-100% of its value so that many nodes don't retry in
// lockstep). Only transient errors are retried (see IsTransient).
type RetryPolicy struct {
	Attempts int
	Initial  time.Duration
	Max      time.Duration
}

// DefaultRetry suits a public RPC endpoint: 6 tries over about 10 seconds.
var DefaultRetry = RetryPolicy{Attempts: 6, Initial: 250 * time.Millisecond, Max: 4 * time.Second}

// DialRetry is the policy of Dial's first contact (the chain-ID check): a
// wrong URL or a stopped node should be reported within about a second.
var DialRetry = RetryPolicy{Attempts: 3, Initial: 200 * time.Millisecond, Max: time.Second}

// NoRetry tries once.
var NoRetry = RetryPolicy{Attempts: 1}

// Backoff is the sleep before retry number n (n = 1 for the first retry),
// without jitter.
func (p RetryPolicy) Backoff(n int) time.Duration {
	d := p.Initial
	for i := 1; i < n && d < p.Max; i++ {
		d *= 2
	}
	return min(d, p.Max)
}

// Do calls fn until it succeeds, fails with a non-transient error, the
// attempts run out or ctx ends. The error of the last attempt is returned,
// wrapped with the number of attempts when there was more than one.
func (p RetryPolicy) Do(ctx context.Context, fn func(context.Context) error) error {
	attempts := max(p.Attempts, 1)
	var err error
	for n := 1; ; n++ {
		err = fn(ctx)
		if err == nil || !IsTransient(err) || ctx.Err() != nil {
			return err
		}
		if n >= attempts {
			break
		}
		d := p.Backoff(n)
		if d > 0 {
			d = d/2 + rand.N(d/2+1)
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (gave up: %v)", err, ctx.Err())
		case <-t.C:
		}
	}
	if attempts == 1 {
		return err
	}
	return &RetriesExhaustedError{Attempts: attempts, Err: err}
}

// RetriesExhaustedError is a transient error that persisted through every
// allowed attempt.
type RetriesExhaustedError struct {
	Attempts int
	Err      error
}

func (e *RetriesExhaustedError) Error() string {
	return fmt.Sprintf("%v (after %d attempts)", e.Err, e.Attempts)
}

func (e *RetriesExhaustedError) Unwrap() error { return e.Err }

// IsTransient reports whether err is worth retrying: the endpoint was
// unreachable, overloaded, rate-limiting or slow. Reverts, bad requests and
// context cancellation are not transient.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	if _, ok := RevertData(err); ok {
		return false
	}
	if errors.Is(err, ErrReverted) || strings.Contains(err.Error(), "execution reverted") {
		return false // a revert reason may well contain "timeout"
	}
	var pe *permanentError
	if errors.As(err, &pe) {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		switch c := httpErr.StatusCode; {
		case c == 408, c == 425, c == 429, c >= 500:
			return true
		default:
			return false
		}
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return true
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32005 { // "limit exceeded" (EIP-1474)
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"rate limit", "too many requests", "connection refused", "connection reset",
		"timed out", "timeout", "temporarily unavailable", "service unavailable",
		"bad gateway", "header not found", "try again",
		"transaction indexing is in progress", // geth, right after start or a reorg
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
