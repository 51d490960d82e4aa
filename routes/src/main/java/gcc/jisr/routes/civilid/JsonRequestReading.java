package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.routes.json.JsonContract;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** REST ingress: the JSON body, checked against the contract's JSON Schema, becomes the canonical request. */
final class JsonRequestReading implements Processor {

    static final JsonContract<CivilIdVerificationRequest> CONTRACT = new JsonContract<>(
            "jisr/contracts/v1/json/civil-id-verification-request.schema.json", CivilIdVerificationRequest.class,
            "purpose", JisrError.UNKNOWN_PURPOSE);

    @Override
    public void process(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        exchange.getMessage().setBody(CONTRACT.read(body == null ? new byte[0] : body));
    }
}
