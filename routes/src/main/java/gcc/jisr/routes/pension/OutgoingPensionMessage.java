package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.util.Objects;

/**
 * A pension message accepted for a partner state, whose parts are staged: what its tracking record says of it.
 * {@code header} is its cleartext metadata (the envelope's {@code header}); {@code reference} the sender's own
 * reference (report, statement or notice id); {@code businessKey} what makes a second submission the same message.
 */
public record OutgoingPensionMessage(String messageId, String service, GccState to, String fromAgency, String toAgency,
                                     String reference, String businessKey, String correlationId, byte[] header,
                                     int partCount, String summary) {

    public OutgoingPensionMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(header, "header");
    }
}
