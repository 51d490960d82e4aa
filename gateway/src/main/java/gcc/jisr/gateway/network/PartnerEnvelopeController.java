package gcc.jisr.gateway.network;

import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.metrics.BorderMeters;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.partner.PartnerDelivery;
import gcc.jisr.routes.partner.PartnerRoutes;
import gcc.jisr.routes.trust.JwsProfile;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The partner endpoint: envelopes from other states' gateways, over mutual TLS. The route authenticates, checks and
 * serves them; this only hands over the exact bytes and the TLS client certificate, answers, and audits.
 */
@RestController
public class PartnerEnvelopeController {

    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final ProducerTemplate producer;
    private final BorderMeters meters;

    public PartnerEnvelopeController(ProducerTemplate producer, BorderMeters meters) {
        this.producer = producer;
        this.meters = meters;
    }

    @PostMapping(path = PartnerRoutes.ENVELOPES_PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> receive(@RequestBody(required = false) byte[] body,
                                          @RequestHeader(name = JwsProfile.HTTP_HEADER, required = false) String signature,
                                          HttpServletRequest request) {
        X509Certificate[] presented = (X509Certificate[]) request.getAttribute(CLIENT_CERTIFICATES);
        List<X509Certificate> chain = presented == null ? List.of() : Arrays.asList(presented);
        String who = (chain.isEmpty() ? "no client certificate" : chain.get(0).getSubjectX500Principal().getName())
                + " at " + request.getRemoteAddr();
        long started = System.nanoTime();
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(null)) {
            Exchange result = producer.send(PartnerRoutes.INGRESS, exchange -> {
                exchange.getMessage().setBody(body == null ? new byte[0] : body);
                if (signature != null) {
                    exchange.getMessage().setHeader(JwsProfile.HTTP_HEADER, signature);
                }
                exchange.setProperty(PartnerRoutes.PEER_CERTIFICATES, chain);
            });
            String what = what(result);
            if (result.getException() != null) {
                JisrException refusal = JisrFailures.classify(result.getException());
                PartnerAudit.refused(who, what, refusal);
                measure(result, refusal.error().code(), started);
                throw refusal;
            }
            PartnerAudit.accepted(who, what);
            measure(result, "ACCEPTED", started);
            var answer = result.getMessage();
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(JwsProfile.HTTP_HEADER, answer.getHeader(JwsProfile.HTTP_HEADER, String.class))
                    .header(PartnerRoutes.RECEIPT_HEADER, answer.getHeader(PartnerRoutes.RECEIPT_HEADER, String.class))
                    .header(PartnerRoutes.RECEIPT_SIGNATURE_HEADER, answer.getHeader(PartnerRoutes.RECEIPT_SIGNATURE_HEADER, String.class))
                    .body(answer.getBody(byte[].class));
        }
    }

    private void measure(Exchange result, String outcome, long started) {
        PartnerDelivery delivery = PartnerDelivery.of(result);
        boolean read = delivery != null && delivery.envelope() != null;
        meters.received(read ? delivery.envelope().from().state() : null, read ? delivery.envelope().service() : null,
                outcome, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String what(Exchange result) {
        PartnerDelivery delivery = PartnerDelivery.of(result);
        if (delivery == null || delivery.envelope() == null) {
            return "unread envelope";
        }
        return delivery.envelope().service() + " " + delivery.envelope().messageId() + " from " + delivery.envelope().from().state();
    }
}
