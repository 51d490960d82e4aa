package gcc.jisr.gateway.national;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.agency.MessageOwner;
import gcc.jisr.routes.traffic.TrafficIntake;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;

/**
 * Which tracked messages an authenticated agency may read here: those it sent and those received for it, including,
 * for this state's traffic agency, the violations partner states addressed to this state's traffic authority.
 */
public final class MessageOwners {

    private final GccState ownState;
    private final String trafficAgency;

    public MessageOwners(GccState ownState, String trafficAgency) {
        this.ownState = ownState;
        this.trafficAgency = trafficAgency;
    }

    public MessageOwner of(AgencyCaller caller) {
        boolean answersForTraffic = caller.state() == ownState && caller.agency().equals(trafficAgency);
        return new MessageOwner(caller.state(), caller.agency(), answersForTraffic ? TrafficIntake.TRAFFIC_AUTHORITY : null);
    }

    public MessageOwner of(HttpServletRequest request) {
        return of(AgencyCallers.of(request));
    }

    public MessageOwner of(WebServiceContext context) {
        return of(AgencyCallers.of(context));
    }
}
