package gcc.jisr.adapters.dates;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.util.List;

/**
 * A date that is not a real date in its calendar and pattern. The message names the field and the rule, never the
 * full date: dates of birth are personal data and these messages reach callers and logs.
 */
public class InvalidDateException extends JisrException {

    private final String field;
    private final String rule;

    public InvalidDateException(String field, String rule, String detail) {
        super(JisrError.INVALID_DATE, field + " breaks the " + rule + " rule: " + detail,
                List.of(new FieldViolation(field, rule + ": " + detail)));
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    /** A short stable name of the failed rule: {@code format}, {@code month}, {@code day} or {@code range}. */
    public String rule() {
        return rule;
    }
}
