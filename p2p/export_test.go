package p2p

import (
	"context"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Validate runs the topic validator of a joined topic on data as if peer
// from had forwarded it, for benchmarks.
func (g *Gossip) Validate(ctx context.Context, topic string, from peer.ID, data []byte) (pubsub.ValidationResult, string) {
	jt, err := g.topic(topic)
	if err != nil {
		return pubsub.ValidationIgnore, err.Error()
	}
	return g.validate(ctx, jt, from, &pubsub.Message{Message: &pb.Message{Data: data, Topic: &topic}, ReceivedFrom: from})
}

// Inspect runs the RPC inspector on an RPC of n messages from peer from
// and reports whether it kept them, for benchmarks.
func (g *Gossip) Inspect(from peer.ID, n int) bool {
	rpc := &pubsub.RPC{RPC: pb.RPC{Publish: make([]*pb.Message, n)}}
	_ = g.inspect(from, rpc)
	return len(rpc.Publish) == n
}
