package main

// Exported for the external tests: the token amount codec.
var (
	ParseTokens  = parseTokens
	FormatTokens = formatTokens
)
