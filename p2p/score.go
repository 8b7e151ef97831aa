package p2p

import (
	"fmt"
	"net"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Peer scoring for low-rate topics. Announcements come every few minutes
// per run, so the usual mesh-delivery-rate penalties (P3, P3b) would punish
// honest peers for quiet periods: they are off. What matters is P4, invalid
// messages: its counter is squared and weighted so that a few invalid
// messages (each one a message our validator Rejected, which an honest
// relayer never forwards) push a peer below the graylist threshold, after
// which its RPCs are dropped unread. The positive terms (time in mesh, first
// deliveries) are capped well below one invalid message's worth, so good
// behaviour cannot bank credit for spam.
//
// With InvalidWeight -100: one invalid message costs 100, two 400, three 900;
// with the positive cap of 50, three invalid messages graylist a peer
// (< -800), two make its messages unpublishable-to (< -300), one stops gossip
// to it (< -50). The invalid counter decays to 1% in an hour, and scores are
// kept for an hour after a peer disconnects, so reconnecting does not wash
// them.
const (
	scoreInvalidWeight = -100
	scoreTopicCap      = 50
)

// ScoreThresholds are the gossipsub thresholds this package uses.
var ScoreThresholds = pubsub.PeerScoreThresholds{
	GossipThreshold:             -50,
	PublishThreshold:            -300,
	GraylistThreshold:           -800,
	AcceptPXThreshold:           10,
	OpportunisticGraftThreshold: 2,
}

func peerScoreParams(whitelist []*net.IPNet) *pubsub.PeerScoreParams {
	return &pubsub.PeerScoreParams{
		Topics:                      map[string]*pubsub.TopicScoreParams{},
		TopicScoreCap:               scoreTopicCap,
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -5,
		IPColocationFactorThreshold: 10,
		IPColocationFactorWhitelist: whitelist,
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:               pubsub.DefaultDecayInterval,
		DecayToZero:                 pubsub.DefaultDecayToZero,
		RetainScore:                 time.Hour,
	}
}

// topicScoreParams are the parameters of one low-rate run topic.
func topicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		TopicWeight: 1,
		// P1: up to 10 points for an hour in the mesh.
		TimeInMeshWeight:  10.0 / 3600,
		TimeInMeshQuantum: time.Second,
		TimeInMeshCap:     3600,
		// P2: one point per first delivery, up to 20, decaying over an hour.
		FirstMessageDeliveriesWeight: 1,
		FirstMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
		FirstMessageDeliveriesCap:    20,
		// P3/P3b off: low-rate topics (see above).
		MeshMessageDeliveriesWeight: 0,
		MeshFailurePenaltyWeight:    0,
		MeshFailurePenaltyDecay:     pubsub.ScoreParameterDecay(time.Hour),
		// P4: invalid messages, squared.
		InvalidMessageDeliveriesWeight: scoreInvalidWeight,
		InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
	}
}

// parseCIDRs parses IP networks exempt from the IP-colocation penalty.
func parseCIDRs(ss []string) ([]*net.IPNet, error) {
	var out []*net.IPNet
	for _, s := range ss {
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, fmt.Errorf("%w: ColocationWhitelist: %q: %v", ErrConfig, s, err)
		}
		out = append(out, n)
	}
	return out, nil
}
