package gcc.jisr.routes.agency;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;

import java.util.Objects;

/**
 * The agency system that called this gateway's national API, as the gateway authenticated it: its state and agency
 * code, proved by a client certificate of the state's agency CA or by a bearer token of the state's identity provider.
 * It travels with a national request through its route in the header {@link #HEADER}; what the request body claims
 * about its sender is checked against it, never trusted instead of it.
 *
 * @param state      the agency's state
 * @param agency     the agency's code within its state (MOI-TRAFFIC, JAWAZAT)
 * @param credential how it proved it, for the audit trail: {@code certificate <serial>} or {@code token <issuer>}
 */
public record AgencyCaller(GccState state, String agency, String credential) {

    public static final String HEADER = "JisrAgencyCaller";

    public AgencyCaller {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(credential, "credential");
    }

    /** The caller of a national request; a national request without one never reaches a route. */
    public static AgencyCaller of(Exchange exchange) {
        AgencyCaller caller = exchange.getMessage().getHeader(HEADER, AgencyCaller.class);
        if (caller == null) {
            throw new JisrException(JisrError.AGENCY_NOT_AUTHENTICATED, "the request reached the route without an authenticated agency");
        }
        return caller;
    }

    /** {@code KW:MOI-TRAFFIC}, as the audit trail and the tracking records name agencies. */
    public String id() {
        return state.code() + ":" + agency;
    }

    public boolean is(String state, String agency) {
        return this.state.code().equals(state) && this.agency.equals(agency);
    }

    @Override
    public String toString() {
        return id();
    }
}
