package gcc.jisr.gateway.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.store.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a member of this state's cluster dies, the survivors release the outbox leases it held, so that its entries
 * are due again at once instead of when their leases run out (jisr.outbox.lease, minutes). Every survivor does it:
 * releasing is one idempotent UPDATE, and whichever node claims an entry next is the only one that can record its
 * outcome. A delivery the dead node had already made is sent again and deduplicated by the receiving gateway.
 * Embedded members only: clients of an external cluster are not members, and their entries wait for lease expiry.
 */
public class DeadNodeTakeover implements MembershipListener {

    private static final Logger LOG = LoggerFactory.getLogger(DeadNodeTakeover.class);

    private final Outbox outbox;
    private final String ownNode;

    DeadNodeTakeover(Outbox outbox, String ownNode) {
        this.outbox = outbox;
        this.ownNode = ownNode;
    }

    void watch(HazelcastInstance hazelcast) {
        hazelcast.getCluster().addMembershipListener(this);
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        LOG.info("cluster member joined: {} (node {}); {} members", event.getMember().getAddress(),
                nodeOf(event.getMember()), event.getMembers().size());
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        String node = nodeOf(event.getMember());
        if (node == null || node.equals(ownNode)) {
            LOG.info("cluster member left: {}; {} members", event.getMember().getAddress(), event.getMembers().size());
            return;
        }
        try {
            int released = outbox.releaseLeasesOf(node);
            LOG.info("cluster member left: {} (node {}); took over {} outbox entries it held; {} members",
                    event.getMember().getAddress(), node, released, event.getMembers().size());
        } catch (RuntimeException e) {
            // The store is unreachable: the entries come back when their leases run out.
            LOG.error("cluster member {} (node {}) left; its outbox leases could not be released now: {}",
                    event.getMember().getAddress(), node, e.getMessage());
        }
    }

    private static String nodeOf(Member member) {
        return member.getAttribute(ClusterConfiguration.NODE_ATTRIBUTE);
    }
}
