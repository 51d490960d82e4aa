package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.agency.RequesterIsCaller;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A national request's requester is the agency that authenticated, granted civil-ID verification for the purpose it
 * gives and within its rate limit; a request that crossed the border was authenticated by its partner gateway's
 * certificate and signature instead, and admitted by the partner rules, so it passes.
 */
final class CallerIsRequester implements Processor {

    private final AgencyAdmission admission;

    CallerIsRequester(AgencyAdmission admission) {
        this.admission = admission;
    }

    @Override
    public void process(Exchange exchange) {
        if (PartnerDelivery.of(exchange) != null) {
            return;
        }
        CivilIdVerificationRequest request = CivilIdVerification.of(exchange).request;
        Party requester = request.getRequester();
        AgencyCaller caller = AgencyCaller.of(exchange);
        RequesterIsCaller.require(caller, requester.getState(), requester.getAgency(), "requester", "/requester");
        admission.admit(caller, GccServices.CIVIL_ID_VERIFY, request.getPurpose() == null ? null : request.getPurpose().value());
    }
}
