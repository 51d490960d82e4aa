package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.agency.RequesterIsCaller;
import gcc.jisr.routes.partner.PartnerDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A national request's requester is the agency that authenticated; a request that crossed the border was
 * authenticated by its partner gateway's certificate and signature instead, so it passes.
 */
final class CallerIsRequester implements Processor {

    @Override
    public void process(Exchange exchange) {
        if (PartnerDelivery.of(exchange) != null) {
            return;
        }
        Party requester = CivilIdVerification.of(exchange).request.getRequester();
        RequesterIsCaller.require(AgencyCaller.of(exchange), requester.getState(), requester.getAgency(), "requester", "/requester");
    }
}
