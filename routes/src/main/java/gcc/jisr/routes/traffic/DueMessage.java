package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.Envelope;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An outbox entry this node holds the lease on, with what it takes to deliver it: to a partner state's gateway, or,
 * when {@code destination} is this gateway's own state, to its national traffic system. {@code attempt} counts this
 * one (1 for the first).
 */
public record DueMessage(long outboxId, String trackingId, String messageId, String correlationId, String service,
                         Envelope.Party from, Envelope.Party to, GccState destination, byte[] payload,
                         List<EvidenceFile> evidence, int attempt, Instant acceptedAt) {

    public DueMessage {
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(payload, "payload");
        evidence = List.copyOf(evidence);
    }
}
