package gcc.jisr.gateway.civilid;

import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.agency.AgencyCaller;
import jakarta.servlet.http.HttpServletRequest;
import gcc.jisr.routes.civilid.CivilIdVerificationRoute;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The REST face of civil-ID verification: the route reads and writes the JSON itself, against the contract. */
@RestController
public class CivilIdRestController {

    private final ProducerTemplate producer;

    public CivilIdRestController(ProducerTemplate producer) {
        this.producer = producer;
    }

    @PostMapping(path = "/api/v1/civil-id/verifications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> verify(@RequestBody(required = false) byte[] body,
                                         @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId,
                                         HttpServletRequest request) {
        AgencyCaller caller = AgencyCallers.of(request);
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            Exchange result = producer.send(CivilIdVerificationRoute.VERIFY_JSON, exchange -> {
                exchange.getMessage().setBody(body == null ? new byte[0] : body);
                exchange.getMessage().setHeader(CivilIdVerificationRoute.CORRELATION_ID_HEADER, scope.correlationId());
                exchange.getMessage().setHeader(AgencyCaller.HEADER, caller);
            });
            if (result.getException() != null) {
                throw JisrFailures.classify(result.getException());
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result.getMessage().getBody(byte[].class));
        }
    }
}
