package gcc.jisr.routes.partner;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import javax.net.ssl.SSLException;
import java.time.Duration;

/** The partner gateway could not be reached, did not answer in time, or broke off the TLS handshake. */
final class PartnerUnreachable implements Processor {

    private final Duration timeout;

    PartnerUnreachable(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String partner = OutgoingEnvelope.of(exchange).envelope.to().state();
        if (cause instanceof SSLException) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the mutual TLS handshake with the " + partner
                    + " gateway failed: " + cause.getMessage(), cause);
        }
        throw new JisrException(JisrError.PARTNER_UNREACHABLE, "the " + partner + " gateway did not answer within "
                + timeout.toMillis() + " ms (" + (cause == null ? "no cause" : cause.getClass().getSimpleName()) + ")", cause);
    }
}
