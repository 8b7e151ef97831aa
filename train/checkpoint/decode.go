package checkpoint

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/unstoppable-models/umnode/protocol"
)

// Decode parses a canonical checkpoint within DefaultLimits. Tensors come back
// sorted by name. Decode(b) succeeds only if Encode of the result gives b.
func Decode(b []byte) (*Checkpoint, error) { return DefaultLimits.Decode(b) }

// maxMetaKeys bounds the metadata object; umnode writes 3 keys.
const maxMetaKeys = 64

// entry is one tensor as the header describes it.
type entry struct {
	name       string
	dtype      string
	shape      []uint64
	begin, end uint64
	seen       [3]bool // dtype, shape, data_offsets
}

// Decode parses a canonical checkpoint within l. The checks run in the order
// of the safetensors reference loader (sizes, header, offsets against shapes
// and the buffer), then the umnode rules (metadata, finite values, canonical
// form).
func (l Limits) Decode(b []byte) (*Checkpoint, error) {
	if int64(len(b)) > l.MaxFileBytes {
		return nil, fail(ErrOversized, "%d bytes, at most %d allowed", len(b), l.MaxFileBytes)
	}
	if len(b) < headerLenBytes {
		return nil, fail(ErrTruncated, "%d bytes, shorter than the 8-byte header length", len(b))
	}
	n := binary.LittleEndian.Uint64(b)
	if n > MaxHeaderBytes {
		return nil, fail(ErrOversized, "header length %d, at most %d allowed", n, MaxHeaderBytes)
	}
	if n > uint64(len(b)-headerLenBytes) {
		return nil, fail(ErrTruncated, "header length %d, but only %d bytes follow", n, len(b)-headerLenBytes)
	}
	header := b[headerLenBytes : headerLenBytes+n]
	if n == 0 || header[0] != '{' {
		return nil, fail(ErrMalformed, "header does not start with '{'")
	}
	if !utf8.Valid(header) {
		return nil, fail(ErrMalformed, "header is not valid UTF-8")
	}
	meta, entries, err := parseHeader(header, l.MaxTensors)
	if err != nil {
		return nil, err
	}
	data := b[headerLenBytes+n:]

	// Offsets, as the reference loader checks them: sorted by offsets, the
	// tensors tile the buffer from 0 with no gap or overlap, each exactly as
	// long as its shape says, and the buffer ends where the last one does.
	byOffset := slices.Clone(entries)
	slices.SortStableFunc(byOffset, func(a, b *entry) int {
		return cmp.Or(cmp.Compare(a.begin, b.begin), cmp.Compare(a.end, b.end))
	})
	var cursor uint64
	maxElems := uint64(max(l.MaxFileBytes, 0)) / 4
	for _, e := range byOffset {
		if e.dtype != dtypeF32 {
			return nil, fail(ErrDtype, "tensor %q has dtype %q, only %q is allowed", e.name, e.dtype, dtypeF32)
		}
		if e.end < e.begin {
			return nil, fail(ErrOffsets, "tensor %q: data_offsets [%d,%d] end before they begin", e.name, e.begin, e.end)
		}
		if e.begin < cursor {
			return nil, fail(ErrOffsets, "tensor %q: data_offsets [%d,%d] overlap the previous tensor, which ends at %d", e.name, e.begin, e.end, cursor)
		}
		if e.begin > cursor {
			return nil, fail(ErrOffsets, "tensor %q: data_offsets [%d,%d] leave a gap after offset %d", e.name, e.begin, e.end, cursor)
		}
		elems := uint64(1)
		for _, d := range e.shape {
			// Each dimension is bounded on its own too, so that a zero
			// dimension cannot hide a huge one.
			if d > maxElems || (d != 0 && elems > maxElems/d) {
				// Larger than any file within the limits: cannot match the offsets.
				return nil, fail(ErrShape, "tensor %q: shape %v is larger than the %d-byte file limit", e.name, e.shape, l.MaxFileBytes)
			}
			elems *= d
		}
		if e.end-e.begin != 4*elems {
			return nil, fail(ErrShape, "tensor %q: shape %v needs %d bytes, data_offsets [%d,%d] give %d", e.name, e.shape, 4*elems, e.begin, e.end, e.end-e.begin)
		}
		cursor = e.end
	}
	if cursor > uint64(len(data)) {
		return nil, fail(ErrTruncated, "tensors need %d data bytes, the file has %d", cursor, len(data))
	}
	if cursor < uint64(len(data)) {
		return nil, fail(ErrOffsets, "%d trailing bytes after the last tensor", uint64(len(data))-cursor)
	}

	c := &Checkpoint{}
	if err := parseMetadata(c, meta); err != nil {
		return nil, err
	}
	slices.SortFunc(entries, func(a, b *entry) int { return cmp.Compare(a.name, b.name) })
	c.Tensors = make([]Tensor, len(entries))
	for i, e := range entries {
		if !ValidName(e.name) {
			return nil, fail(ErrName, "%q: want 1..%d bytes of [A-Za-z0-9._/-], not starting with __", e.name, MaxNameLen)
		}
		t := &c.Tensors[i]
		t.Name = e.name
		if len(e.shape) > 0 {
			t.Shape = make([]int, len(e.shape))
			for j, d := range e.shape {
				t.Shape[j] = int(d) // bounded by the file size above
			}
		}
		t.Data = make([]float32, (e.end-e.begin)/4)
		getFloats(t.Data, data[e.begin:e.end])
		if j := firstNonFinite(t.Data); j >= 0 {
			return nil, fail(ErrNonFinite, "tensor %q element %d is %v", e.name, j, t.Data[j])
		}
	}

	// Canonical form. The data bytes are a bijection of the float32 values,
	// so comparing the header (which fixes names, order, shapes and offsets)
	// is enough.
	ts := make([]*Tensor, len(c.Tensors))
	for i := range c.Tensors {
		ts[i] = &c.Tensors[i]
	}
	if want := appendHeader(nil, c.RunID, c.Step, ts); !bytes.Equal(want, b[:headerLenBytes+n]) {
		return nil, fail(ErrNonCanonical, "the header differs from the canonical one (key order, whitespace, padding, number or tensor order); re-encode the checkpoint with checkpoint.Encode")
	}
	return c, nil
}

// parseHeader walks the JSON header token by token, so that duplicate keys,
// which encoding/json would silently merge, are caught.
func parseHeader(header []byte, maxTensors int) (map[string]string, []*entry, error) {
	dec := json.NewDecoder(bytes.NewReader(header))
	dec.UseNumber()
	if err := expectDelim(dec, '{', "header"); err != nil {
		return nil, nil, err
	}
	var meta map[string]string
	var entries []*entry
	seen := make(map[string]bool)
	for dec.More() {
		key, err := stringToken(dec, "header key")
		if err != nil {
			return nil, nil, err
		}
		if seen[key] {
			return nil, nil, fail(ErrDuplicate, "header key %q appears twice", key)
		}
		seen[key] = true
		if key == metadataKey {
			if meta, err = parseMetaObject(dec); err != nil {
				return nil, nil, err
			}
			continue
		}
		if len(entries) == maxTensors {
			return nil, nil, fail(ErrOversized, "more than %d tensors", maxTensors)
		}
		e, err := parseEntry(dec, key)
		if err != nil {
			return nil, nil, err
		}
		entries = append(entries, e)
	}
	if err := expectDelim(dec, '}', "header"); err != nil {
		return nil, nil, err
	}
	if tok, err := dec.Token(); err != io.EOF {
		return nil, nil, fail(ErrMalformed, "unexpected %v after the header object (err %v)", tok, err)
	}
	return meta, entries, nil
}

func parseMetaObject(dec *json.Decoder) (map[string]string, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, fail(ErrMalformed, "%s: %v", metadataKey, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fail(ErrMetadata, "%s is %v, want an object of strings", metadataKey, tok)
	}
	meta := make(map[string]string)
	for dec.More() {
		if len(meta) == maxMetaKeys {
			return nil, fail(ErrMetadata, "more than %d %s keys", maxMetaKeys, metadataKey)
		}
		k, err := stringToken(dec, metadataKey+" key")
		if err != nil {
			return nil, err
		}
		if _, dup := meta[k]; dup {
			return nil, fail(ErrDuplicate, "%s key %q appears twice", metadataKey, k)
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, fail(ErrMalformed, "%s[%q]: %v", metadataKey, k, err)
		}
		v, ok := tok.(string)
		if !ok {
			return nil, fail(ErrMetadata, "%s[%q] is %v, safetensors metadata values are strings", metadataKey, k, tok)
		}
		meta[k] = v
	}
	return meta, expectDelim(dec, '}', metadataKey)
}

func parseEntry(dec *json.Decoder, name string) (*entry, error) {
	e := &entry{name: name}
	what := "tensor " + strconv.Quote(name)
	if err := expectDelim(dec, '{', what); err != nil {
		return nil, err
	}
	for dec.More() {
		k, err := stringToken(dec, what+" key")
		if err != nil {
			return nil, err
		}
		var idx int
		switch k {
		case "dtype":
			idx = 0
		case "shape":
			idx = 1
		case "data_offsets":
			idx = 2
		default:
			return nil, fail(ErrMalformed, "%s: unknown key %q", what, k)
		}
		if e.seen[idx] {
			return nil, fail(ErrDuplicate, "%s: key %q appears twice", what, k)
		}
		e.seen[idx] = true
		switch idx {
		case 0:
			if e.dtype, err = stringToken(dec, what+" dtype"); err != nil {
				return nil, err
			}
		case 1:
			if e.shape, err = uintArray(dec, what+" shape", MaxRank); err != nil {
				return nil, err
			}
		case 2:
			offs, err := uintArray(dec, what+" data_offsets", 2)
			if err != nil {
				return nil, err
			}
			if len(offs) != 2 {
				return nil, fail(ErrMalformed, "%s: data_offsets has %d numbers, want 2", what, len(offs))
			}
			e.begin, e.end = offs[0], offs[1]
		}
	}
	if !e.seen[0] || !e.seen[1] || !e.seen[2] {
		return nil, fail(ErrMalformed, "%s: needs dtype, shape and data_offsets", what)
	}
	return e, expectDelim(dec, '}', what)
}

func uintArray(dec *json.Decoder, what string, max int) ([]uint64, error) {
	if err := expectDelim(dec, '[', what); err != nil {
		return nil, err
	}
	out := []uint64{}
	for dec.More() {
		if len(out) == max {
			if max == MaxRank {
				return nil, fail(ErrShape, "%s: more than %d dimensions", what, max)
			}
			return nil, fail(ErrMalformed, "%s: more than %d numbers", what, max)
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, fail(ErrMalformed, "%s: %v", what, err)
		}
		num, ok := tok.(json.Number)
		if !ok {
			return nil, fail(ErrMalformed, "%s: %v is not a number", what, tok)
		}
		v, err := strconv.ParseUint(string(num), 10, 64)
		if err != nil {
			return nil, fail(ErrMalformed, "%s: %s is not a non-negative 64-bit integer", what, num)
		}
		out = append(out, v)
	}
	return out, expectDelim(dec, ']', what)
}

func expectDelim(dec *json.Decoder, d json.Delim, what string) error {
	tok, err := dec.Token()
	if err != nil {
		return fail(ErrMalformed, "%s: %v", what, err)
	}
	if got, ok := tok.(json.Delim); !ok || got != d {
		return fail(ErrMalformed, "%s: got %v, want %q", what, tok, string(d))
	}
	return nil
}

func stringToken(dec *json.Decoder, what string) (string, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", fail(ErrMalformed, "%s: %v", what, err)
	}
	s, ok := tok.(string)
	if !ok {
		return "", fail(ErrMalformed, "%s: got %v, want a string", what, tok)
	}
	return s, nil
}

// parseMetadata fills c's run and step from the header metadata. The check
// that the values are in canonical spelling is the final header comparison.
func parseMetadata(c *Checkpoint, meta map[string]string) error {
	if meta == nil {
		return fail(ErrMetadata, "no %s object; umnode checkpoints carry %q, %q and %q", metadataKey, MetaFormat, MetaRun, MetaStep)
	}
	for k := range meta {
		if k != MetaFormat && k != MetaRun && k != MetaStep {
			return fail(ErrMetadata, "unexpected key %q", k)
		}
	}
	if f, ok := meta[MetaFormat]; !ok || f != FormatPyTorch {
		return fail(ErrMetadata, "%q is %q, want %q", MetaFormat, f, FormatPyTorch)
	}
	run, ok := meta[MetaRun]
	if !ok {
		return fail(ErrMetadata, "missing %q", MetaRun)
	}
	h, err := protocol.ParseHash(run)
	if err != nil || h.Hex() != run {
		return fail(ErrMetadata, "%q is %q, want 0x and 64 lowercase hex digits", MetaRun, run)
	}
	c.RunID = h
	step, ok := meta[MetaStep]
	if !ok {
		return fail(ErrMetadata, "missing %q", MetaStep)
	}
	s, err := strconv.ParseUint(step, 10, 64)
	if err != nil || strconv.FormatUint(s, 10) != step {
		return fail(ErrMetadata, "%q is %q, want a decimal step without sign or leading zeros", MetaStep, step)
	}
	c.Step = s
	return nil
}
