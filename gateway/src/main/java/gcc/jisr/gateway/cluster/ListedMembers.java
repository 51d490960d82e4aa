package gcc.jisr.gateway.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The members {@code jisr.cluster.members} names, as the only company an embedded member keeps. Hazelcast open source
 * authenticates no member: its TCP/IP join only decides whom a member asks to join, and any process that reaches the
 * port and speaks the cluster's name is let in. So a node that finds, when it has joined, a member nobody listed refuses
 * to run in that cluster; a stranger that joins later cannot be turned out (open source has no way to), and is
 * reported on every node as an error for the operators.
 */
final class ListedMembers implements MembershipListener {

    private static final Logger LOG = LoggerFactory.getLogger(ListedMembers.class);

    private final List<Entry> entries;

    private ListedMembers(List<Entry> entries) {
        this.entries = entries;
    }

    /** host:port entries (a host alone allows it on any port); a host that does not resolve allows nothing. */
    static ListedMembers of(Collection<String> members) {
        List<Entry> entries = new ArrayList<>();
        for (String member : members) {
            for (String one : member.split("[,\\s]+")) {
                if (!one.isBlank()) {
                    Entry.parse(one.strip(), entries);
                }
            }
        }
        return new ListedMembers(List.copyOf(entries));
    }

    /** The members of the cluster that are neither this node nor listed. */
    List<Member> strangers(Set<Member> members) {
        return members.stream().filter(member -> !member.localMember() && !listed(member)).toList();
    }

    boolean listed(Member member) {
        try {
            InetAddress address = InetAddress.getByName(member.getAddress().getHost());
            int port = member.getAddress().getPort();
            return entries.stream().anyMatch(entry -> entry.address().equals(address) && (entry.port() == 0 || entry.port() == port));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        // The node's own member is announced too when it starts; only others can be strangers.
        if (!event.getMember().localMember() && !listed(event.getMember())) {
            LOG.error("a Hazelcast member not in jisr.cluster.members joined this state's cluster: {}; it reads and writes"
                    + " every shared map. Stop it or firewall the cluster port, then restart the nodes",
                    event.getMember().getAddress());
        }
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        // A member leaving needs no check; DeadNodeTakeover handles its outbox leases.
    }

    private record Entry(InetAddress address, int port) {

        static void parse(String member, List<Entry> into) {
            String host = member;
            int port = 0;
            int colon = member.lastIndexOf(':');
            if (colon > 0 && member.indexOf(':') == colon) {
                host = member.substring(0, colon);
                port = Integer.parseInt(member.substring(colon + 1));
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(host)) {
                    into.add(new Entry(address, port));
                }
            } catch (UnknownHostException e) {
                LOG.warn("jisr.cluster.members names {}, which does not resolve: no member there is accepted", host);
            }
        }
    }
}
