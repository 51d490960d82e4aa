package gcc.jisr.routes.partner;

import org.apache.camel.Exchange;

/**
 * An envelope on its way to a partner gateway: set by the flow that sends it, read by the partner-send route, which
 * puts the partner's verified answer beside it.
 */
public final class OutgoingEnvelope {

    static final String PROPERTY = "jisr.outgoingEnvelope";

    final Envelope envelope;
    byte[] bytes;
    String signature;
    Envelope answer;

    public OutgoingEnvelope(Envelope envelope) {
        this.envelope = envelope;
    }

    public static void attach(Exchange exchange, Envelope envelope) {
        exchange.setProperty(PROPERTY, new OutgoingEnvelope(envelope));
    }

    public static OutgoingEnvelope of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, OutgoingEnvelope.class);
    }

    /** The partner's answer, once its signature, sender, addressee and receipt have been checked. */
    public Envelope answer() {
        return answer;
    }
}
