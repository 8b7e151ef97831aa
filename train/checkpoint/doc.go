// Package checkpoint encodes and decodes umnode training state as a
// canonical safetensors file, the object whose sha256 is a state hash.
//
// The file follows the public safetensors format, so Hugging Face's reader
// loads it: an 8-byte little-endian header length N, N bytes of UTF-8 JSON
// starting with '{' and padded with spaces (0x20) so that 8+N is a multiple
// of 8, then the tensor bytes.
//
// Canonical form, the only one Encode writes and Decode accepts:
//
//	{"__metadata__":{"format":"pt","umnode.run":"0x<64 lowercase hex>","umnode.step":"<decimal>"},
//	 "<name>":{"dtype":"F32","shape":[d0,d1,...],"data_offsets":[begin,end]},...}
//
// written without any whitespace (the line break above is for reading only),
// then 0..7 padding spaces. The metadata keys appear in that order and no
// others; "format":"pt" is what Hugging Face transformers expects of a
// PyTorch state dict. Tensors appear in byte-wise sorted name order, their
// data is float32 little-endian, laid out contiguously in the same order
// from offset 0, with no gaps, and the buffer ends exactly at the last
// tensor's end. Numbers are plain decimal without sign, exponent or leading
// zeros. Tensor names are 1..MaxNameLen bytes of [A-Za-z0-9._/-], not starting
// with "__" (reserved by safetensors), so no JSON escaping is ever needed.
//
// Decode is strict: it rejects truncated and oversized files, JSON duplicate
// keys, wrong dtypes, offsets that overlap, leave gaps or disagree with the
// shape, NaN and infinite values, missing or invalid metadata, and any byte
// form that Encode would not have produced. Each failure wraps one of the
// Err* sentinels, so callers can tell them apart with errors.Is.
//
// The package imports only protocol; it does no training.
package checkpoint
