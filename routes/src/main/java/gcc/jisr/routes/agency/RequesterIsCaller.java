package gcc.jisr.routes.agency;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule that the sender a message names (the civil-ID requester, the traffic reporter, the pension host
 * institution) is the agency that authenticated: a body can say anything, the credential cannot. A mismatch is refused
 * and audited, so that an agency trying to speak for another is on record.
 */
public final class RequesterIsCaller {

    private static final Logger AUDIT = LoggerFactory.getLogger("jisr.audit");

    private RequesterIsCaller() {
    }

    /**
     * @param role    what the named party is in this message, for the refusal: "requester", "reporter", ...
     * @param pointer the JSON Pointer of the named party in the contract, e.g. {@code /requester}
     */
    public static void require(AgencyCaller caller, String state, String agency, String role, String pointer) {
        if (caller.is(state, agency)) {
            return;
        }
        JisrException refusal = new JisrException(JisrError.REQUESTER_MISMATCH, "the " + role + " " + printable(state) + ":"
                + printable(agency) + " (" + pointer + ") is not the agency that authenticated, " + caller.id());
        AUDIT.warn("national caller={} credential={} refused={} {}", caller.id(), caller.credential(),
                refusal.error().code(), refusal.getMessage());
        throw refusal;
    }

    /** A value from a request body, safe for one log line: controls and bidi marks escaped, bounded. */
    static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(64).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
