package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.Envelope;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox entry of the pension flow this node holds the lease on. To a partner state: one part of a message, with
 * its sealed content, sent in an envelope of its own ({@code envelopeId}, kept across attempts). To this gateway's
 * own state ({@code destination}): a whole message received from a partner, for the national fund; its parts are read
 * from the store as they are handed over. {@code attempt} counts this one (1 for the first).
 */
public record PensionDue(long outboxId, String trackingId, String messageId, String envelopeId, String correlationId,
                         String service, Envelope.Party from, Envelope.Party to, GccState destination, byte[] header,
                         int index, int count, int records, String sealed, int attempt, Instant acceptedAt) {

    public PensionDue {
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(envelopeId, "envelopeId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(header, "header");
    }
}
