package node

import "github.com/unstoppable-models/umnode/protocol"

// TraceBook is the worker's trace store, for tests.
type TraceBook struct{ b *traceBook }

// NewTraceBook opens a trace store in dir.
func NewTraceBook(dir string) TraceBook { return TraceBook{newTraceBook(dir)} }

// Put keeps a trace.
func (t TraceBook) Put(id protocol.Hash, tr protocol.Trace) error { return t.b.put(id, tr) }

// Get reads a trace.
func (t TraceBook) Get(id protocol.Hash) (protocol.Trace, error) { return t.b.get(id) }

// Prune removes the traces for which done is true.
func (t TraceBook) Prune(done func(protocol.Hash) bool) (int, error) { return t.b.prune(done) }
