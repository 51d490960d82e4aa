package gcc.jisr.routes.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.OutgoingEnvelope;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Puts a due message in an envelope for the partner-send route. The message id is the one the message was accepted
 * with, on every attempt, so that the receiver recognizes a retry; the envelope's times are this attempt's, so that
 * a retry a day later is still fresh. Evidence travels inside the signed payload, so the signature covers its bytes.
 */
final class TrafficEnvelopeSealing implements Processor {

    static final String EVIDENCE = "evidence";

    private final Duration validity;
    private final Clock clock;

    TrafficEnvelopeSealing(Duration validity, Clock clock) {
        this.validity = validity;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        DueMessage message = DeliveryStart.due(exchange);
        JsonNode payload = TrafficJson.tree(message.payload());
        if (!message.evidence().isEmpty() && payload instanceof ObjectNode object) {
            ArrayNode evidence = object.putArray(EVIDENCE);
            for (EvidenceFile file : message.evidence()) {
                evidence.addObject()
                        .put("sha256", file.sha256())
                        .put("contentType", file.contentType())
                        .put("content", Base64.getEncoder().encodeToString(file.content()));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OutgoingEnvelope.attach(exchange, new Envelope(message.messageId(), message.correlationId(), null,
                message.service(), message.from(), message.to(), now, now.plus(validity), payload));
    }
}
