package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a violation stands, as both states see it. A fine can be paid, contested or cancelled while open; a contest
 * ends paid or cancelled; a paid fine is settled when the registering state transfers it. Cancelled and settled are
 * final.
 */
enum ViolationStatus {
    OPEN, PAID, CONTESTED, CANCELLED, SETTLED;

    private Set<ViolationStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(PAID, CONTESTED, CANCELLED);
            case CONTESTED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SETTLED);
            case CANCELLED, SETTLED -> EnumSet.noneOf(ViolationStatus.class);
        };
    }

    boolean allows(ViolationStatus change) {
        return next().contains(change);
    }

    static ViolationStatus of(ViolationStatusUpdate update) {
        if (update.getPaid() != null) {
            return PAID;
        }
        if (update.getContested() != null) {
            return CONTESTED;
        }
        if (update.getCancelled() != null) {
            return CANCELLED;
        }
        if (update.getSettled() != null) {
            return SETTLED;
        }
        throw new gcc.jisr.contracts.errors.JisrException(gcc.jisr.contracts.errors.JisrError.SCHEMA,
                "a status update carries one of paid, contested, cancelled or settled");
    }
}
