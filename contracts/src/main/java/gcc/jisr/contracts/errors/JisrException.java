package gcc.jisr.contracts.errors;

import java.util.List;

/**
 * A failure that has its place in the error catalogue. Its message must be safe to show to the caller and to
 * write to a log: it never carries a civil ID or other personal data in full.
 */
public class JisrException extends RuntimeException {

    private final JisrError error;
    private final List<FieldViolation> violations;

    public JisrException(JisrError error, String detail) {
        this(error, detail, List.of(), null);
    }

    public JisrException(JisrError error, String detail, Throwable cause) {
        this(error, detail, List.of(), cause);
    }

    public JisrException(JisrError error, String detail, List<FieldViolation> violations) {
        this(error, detail, violations, null);
    }

    public JisrException(JisrError error, String detail, List<FieldViolation> violations, Throwable cause) {
        super(detail, cause);
        this.error = error;
        this.violations = List.copyOf(violations);
    }

    public JisrError error() {
        return error;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One offending field: its path in the message (JSON Pointer-like for JSON, element path for XML) and why. */
    public record FieldViolation(String field, String reason) {
    }
}
