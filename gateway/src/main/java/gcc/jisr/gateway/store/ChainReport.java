package gcc.jisr.gateway.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the chain check found: whether the archive is one unbroken chain, how many records it holds, and otherwise the
 * first record at which the chain breaks and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(boolean valid, long records, BrokenRecord firstBroken) {

    /** The record at which the chain breaks: the first one that is altered, missing, out of place or beyond the head. */
    public record BrokenRecord(long sequence, String reason) {
    }

    static ChainReport intact(long records) {
        return new ChainReport(true, records, null);
    }

    /** One line for an operator's terminal or log. */
    public String describe() {
        return valid
                ? "archive chain valid: " + records + " records"
                : "archive chain BROKEN at record " + firstBroken.sequence() + ": " + firstBroken.reason()
                + " (" + records + " records)";
    }
}
