package gcc.jisr.routes.agency;

import gcc.jisr.contracts.GccState;

import java.util.Objects;

/**
 * The national agency whose tracked messages an agency may read: those it sent (it is the message's sender at this
 * gateway) and those this gateway received for it. A violation received from a partner names this state's traffic
 * authority only generically, so it belongs to the agency this state's adapter names as its traffic agency.
 *
 * @param state                 the agency's state (a partner state's agency owns what it sent or was sent through
 *                              this gateway, as the parties of the message name it)
 * @param agency                the agency's code
 * @param genericTrafficAddress the generic addressee of violations received from partners ({@code TRAFFIC}), which
 *                              this agency answers for, or null when it is not the state's traffic agency
 */
public record MessageOwner(GccState state, String agency, String genericTrafficAddress) {

    public MessageOwner {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(agency, "agency");
    }

    /** Whether the agency sent or received a message with these parties at this gateway. */
    public boolean owns(GccState fromState, String fromAgency, GccState toState, String toAgency) {
        if (fromState == state && agency.equals(fromAgency)) {
            return true;
        }
        return toState == state && (agency.equals(toAgency) || (genericTrafficAddress != null && genericTrafficAddress.equals(toAgency)));
    }
}
