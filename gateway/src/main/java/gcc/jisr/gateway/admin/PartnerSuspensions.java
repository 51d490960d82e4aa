package gcc.jisr.gateway.admin;

import gcc.jisr.contracts.GccState;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The partner states whose traffic waits in the outbox (a partner in maintenance, a dispute): the outbox dispatcher
 * reads this set at every poll, so a suspension holds the next message and a resumption lets them all leave. The set
 * lives in the cluster's shared map, so that every node of this state's gateway holds and releases the same partners;
 * the states named in {@code jisr.outbox.held} are added whenever a node starts.
 */
public class PartnerSuspensions {

    private final Map<String, String> suspended;

    public PartnerSuspensions(Map<String, String> shared, Set<GccState> heldAtStart) {
        this.suspended = shared;
        heldAtStart.forEach(state -> shared.putIfAbsent(state.name(), "jisr.outbox.held"));
    }

    /**
     * The states held now. Asked key by key: there are six states, and the shared map's key set is a cluster-wide
     * query, which every outbox poll ran (JFR: a twentieth of a busy gateway's CPU went to polling it).
     */
    public Set<GccState> held() {
        Set<GccState> held = EnumSet.noneOf(GccState.class);
        for (GccState state : GccState.values()) {
            if (suspended.containsKey(state.name())) {
                held.add(state);
            }
        }
        return held;
    }

    public boolean isHeld(GccState state) {
        return suspended.containsKey(state.name());
    }

    /** Holds the state's messages; false when they were held already. */
    public boolean suspend(GccState state, String by) {
        return suspended.putIfAbsent(state.name(), by) == null;
    }

    /** Lets the state's messages leave; false when they were not held. */
    public boolean resume(GccState state) {
        return suspended.remove(state.name()) != null;
    }
}
