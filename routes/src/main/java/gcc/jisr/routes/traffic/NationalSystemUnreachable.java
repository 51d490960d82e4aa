package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The national traffic system did not answer: a 503, so the message is tried again later. */
final class NationalSystemUnreachable implements Processor {

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the national traffic system did not answer: "
                + (cause == null ? "no connection" : cause.getMessage()));
    }
}
