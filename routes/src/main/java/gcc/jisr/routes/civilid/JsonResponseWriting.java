package gcc.jisr.routes.civilid;

import com.fasterxml.jackson.core.JsonProcessingException;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationResponse;
import gcc.jisr.routes.json.CanonicalJson;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** REST egress: the canonical response as JSON bytes. */
final class JsonResponseWriting implements Processor {

    @Override
    public void process(Exchange exchange) throws JsonProcessingException {
        CivilIdVerificationResponse response = exchange.getMessage().getBody(CivilIdVerificationResponse.class);
        exchange.getMessage().setBody(CanonicalJson.mapper().writeValueAsBytes(response));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }
}
