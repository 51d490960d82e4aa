package gcc.jisr.routes.pension;

import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.OutgoingEnvelope;
import gcc.jisr.routes.traffic.TrafficJson;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Puts a due part in an envelope for the partner-send route: the part's own envelope id on every attempt (so the
 * receiver recognizes a retry), this attempt's times, the message's cleartext header and the sealed content.
 */
final class PensionPartEnvelope implements Processor {

    private final Duration validity;
    private final Clock clock;

    PensionPartEnvelope(Duration validity, Clock clock) {
        this.validity = validity;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        PensionDue due = PensionDeliveryStart.due(exchange);
        PensionPart part = new PensionPart(TrafficJson.tree(due.header()), due.messageId(), due.index(), due.count(),
                due.records(), due.sealed());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OutgoingEnvelope.attach(exchange, new Envelope(due.envelopeId(), due.correlationId(), null, due.service(),
                due.from(), due.to(), now, now.plus(validity), part.toJson()));
    }
}
