package gcc.jisr.adapters;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.util.List;

/** A civil ID that breaks its issuing state's rules; the message names the rule, so the caller can fix the input. */
public class InvalidCivilIdException extends JisrException {

    private final String rule;

    public InvalidCivilIdException(GccState state, String rule, String detail) {
        super(JisrError.INVALID_CIVIL_ID, state + " civil ID: " + detail,
                List.of(new FieldViolation("civilId", rule + ": " + detail)));
        this.rule = rule;
    }

    /** A short stable name of the failed rule, e.g. {@code length}, {@code check-digit}, {@code birth-date}. */
    public String rule() {
        return rule;
    }
}
