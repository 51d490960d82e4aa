package gcc.jisr.routes.traffic;

import gcc.jisr.routes.agency.MessageOwner;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;

import java.time.Instant;

/**
 * A search over tracked messages; a null field does not narrow the search. {@code partner} is the other state (the
 * receiving state of a message sent, the sending state of a message received); {@code from}/{@code to} bound the time
 * the message was accepted here, from inclusive, to exclusive. {@code owner}, when set, keeps the messages of one
 * agency only (an agency reading its own tracking).
 */
public record TrackingQuery(GccState partner, String service, TrackingStatus status, Instant from, Instant to, int limit,
                            MessageOwner owner) {

    public static final int MAX_LIMIT = 500;

    public TrackingQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    /** A search over every tracked message, as operators search. */
    public TrackingQuery(GccState partner, String service, TrackingStatus status, Instant from, Instant to, int limit) {
        this(partner, service, status, from, to, limit, null);
    }
}
