package gcc.jisr.gateway.admin;

import gcc.jisr.contracts.GccState;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The partner states whose traffic waits in the outbox (a partner in maintenance, a dispute): the outbox dispatcher
 * reads this set at every poll, so a suspension holds the next message and a resumption lets them all leave. The set
 * lives in the cluster's shared map, so that every node of this state's gateway holds and releases the same partners;
 * the states named in {@code jisr.outbox.held} are added whenever a node starts. A partner its operators disabled
 * (partner registry) is held too, whatever its suspension, until it is enabled again.
 */
public class PartnerSuspensions {

    private final Map<String, String> suspended;
    private final Supplier<Set<GccState>> disabled;

    public PartnerSuspensions(Map<String, String> shared, Set<GccState> heldAtStart, Supplier<Set<GccState>> disabled) {
        this.suspended = shared;
        this.disabled = disabled;
        heldAtStart.forEach(state -> shared.putIfAbsent(state.name(), "jisr.outbox.held"));
    }

    /**
     * The states held now: suspended or disabled. Asked key by key: there are six states, and the shared map's key set
     * is a cluster-wide query, which every outbox poll ran (JFR: a twentieth of a busy gateway's CPU went to polling
     * it). The disabled ones come from the registry's snapshot in memory.
     */
    public Set<GccState> held() {
        Set<GccState> held = EnumSet.noneOf(GccState.class);
        for (GccState state : GccState.values()) {
            if (suspended.containsKey(state.name())) {
                held.add(state);
            }
        }
        held.addAll(disabled.get());
        return held;
    }

    /** The states suspended now (disabled ones aside). */
    public boolean isSuspended(GccState state) {
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
