package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** A registry that cannot be reached or does not answer in time becomes JISR-503-REGISTRY-UNAVAILABLE. */
final class RegistryUnavailable implements Processor {

    private final Duration timeout;

    RegistryUnavailable(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Object state = exchange.getProperty(RegistryCallTranslation.REGISTRY_STATE);
        String why = cause instanceof SocketTimeoutException || cause instanceof java.io.InterruptedIOException
                ? "did not answer within " + timeout.toMillis() + " ms"
                : "cannot be reached (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
        throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the " + state + " civil registry " + why, cause);
    }
}
