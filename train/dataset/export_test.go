package dataset

// SetPortable forces the value-by-value hashing path (the big-endian one)
// on or off and returns a function restoring the previous setting.
func SetPortable(on bool) (restore func()) {
	old := portable
	portable = on
	return func() { portable = old }
}
