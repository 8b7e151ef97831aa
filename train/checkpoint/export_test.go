package checkpoint

// SetPortable forces the value-by-value float conversion (the big-endian
// path) on or off and returns a function restoring the previous setting.
func SetPortable(on bool) (restore func()) {
	old := portable
	portable = on
	return func() { portable = old }
}
