package main

// Hooks for the external tests of the progress bar.
var (
	NewProgressBar   = newProgressBar
	NewProgressBarOn = newProgressBarOn
)
