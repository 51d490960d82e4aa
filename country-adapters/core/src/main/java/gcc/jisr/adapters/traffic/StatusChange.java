package gcc.jisr.adapters.traffic;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.util.ArrayList;
import java.util.List;

/** The four changes in a violation's life that a status update carries, one per update. */
public enum StatusChange {
    PAID,
    CONTESTED,
    CANCELLED,
    SETTLED;

    /**
     * Which change an update carries.
     *
     * @throws JisrException ({@link JisrError#SCHEMA}) unless exactly one of paid, contested, cancelled, settled is given
     */
    public static StatusChange of(ViolationStatusUpdate update) {
        List<StatusChange> given = new ArrayList<>(1);
        if (update.getPaid() != null) {
            given.add(PAID);
        }
        if (update.getContested() != null) {
            given.add(CONTESTED);
        }
        if (update.getCancelled() != null) {
            given.add(CANCELLED);
        }
        if (update.getSettled() != null) {
            given.add(SETTLED);
        }
        if (given.size() != 1) {
            throw new JisrException(JisrError.SCHEMA, "a status update carries exactly one of paid, contested, cancelled, settled; this one carries "
                    + (given.isEmpty() ? "none" : given));
        }
        return given.get(0);
    }
}
