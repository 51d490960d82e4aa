package gcc.jisr.adapters;

import gcc.jisr.contracts.GccState;

import java.util.Objects;

/**
 * A civil ID that passed its issuing state's rules, in canonical form (ASCII digits, no separators).
 * {@link #toString()} masks it, so that it cannot reach a log in full by accident.
 */
public record CivilId(GccState issuingState, String value) {

    public CivilId {
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(value, "value");
    }

    public String masked() {
        return CivilIdMask.mask(value);
    }

    @Override
    public String toString() {
        return issuingState + ":" + masked();
    }
}
