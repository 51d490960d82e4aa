package gcc.jisr.gateway.cluster;

import com.hazelcast.map.IMap;
import gcc.jisr.routes.partner.SeenMessages;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Seen message ids in a Hazelcast map shared by the state's nodes: one atomic putIfAbsent per message, with a time to
 * live so that the map holds only what the freshness window can still let in (DESIGN.md: no lock, no unbounded map).
 */
public final class HazelcastSeenMessages implements SeenMessages {

    private final IMap<String, Long> seen;

    HazelcastSeenMessages(IMap<String, Long> seen) {
        this.seen = seen;
    }

    @Override
    public boolean firstSighting(String messageId, Duration rememberFor) {
        return seen.putIfAbsent(messageId, System.currentTimeMillis(), rememberFor.toMillis(), TimeUnit.MILLISECONDS) == null;
    }
}
