package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import org.apache.camel.Exchange;

/**
 * An envelope received from a partner gateway as it moves through the ingress: the exact bytes (what the signature
 * and the receipt are about) and what each check established.
 */
public final class PartnerDelivery {

    static final String PROPERTY = "jisr.partnerDelivery";

    final byte[] bytes;
    String signature;
    GccState peerState;
    GccState signerState;
    Envelope envelope;

    PartnerDelivery(byte[] bytes) {
        this.bytes = bytes;
    }

    public static PartnerDelivery of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, PartnerDelivery.class);
    }

    public Envelope envelope() {
        return envelope;
    }

    public GccState sender() {
        return envelope.from().gccState();
    }
}
