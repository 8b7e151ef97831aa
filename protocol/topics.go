package protocol

import "encoding/hex"

// Gossip topic names are per run, so a node subscribes only to runs it serves
// and a run's traffic never mixes with another's. The version suffix changes
// when the message encoding does.

// UpdatesTopic carries update announcements of one run.
func UpdatesTopic(runID Hash) string {
	return "/umnode/run/" + hex.EncodeToString(runID[:]) + "/updates/1"
}

// DisputesTopic carries challenges, bisection moves and votes of one run.
func DisputesTopic(runID Hash) string {
	return "/umnode/run/" + hex.EncodeToString(runID[:]) + "/disputes/1"
}
