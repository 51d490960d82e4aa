package gcc.jisr.routes.partner;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Archives a partner's envelope once it is known to be authentic, fresh, seen for the first time and from a partner
 * granted its service, before the service acts on it and before this gateway signs a receipt saying it arrived.
 * Envelopes refused before this point are in the partner audit log, not the archive, so that a state that is no
 * partner cannot fill it.
 */
final class ReceivedEnvelopeArchiving implements Processor {

    private final EnvelopeArchive archive;

    ReceivedEnvelopeArchiving(EnvelopeArchive archive) {
        this.archive = archive;
    }

    @Override
    public void process(Exchange exchange) {
        PartnerDelivery delivery = PartnerDelivery.of(exchange);
        archive.keep(ArchivedEnvelope.received(delivery.envelope, delivery.bytes, delivery.signature));
    }
}
