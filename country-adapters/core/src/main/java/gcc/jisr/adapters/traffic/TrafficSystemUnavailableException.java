package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.errors.JisrError;

/**
 * A national traffic system said it cannot take the message now (HTTP 503, maintenance). Unlike an answer outside the
 * format, this heals by itself, so it carries {@link JisrError#REGISTRY_UNAVAILABLE} and the caller retries. It is a
 * {@link RegistryFormatException} so that a caller written against {@link TrafficSystemTranslator}'s contract, which
 * retries on that type, keeps working.
 */
public class TrafficSystemUnavailableException extends RegistryFormatException {

    public TrafficSystemUnavailableException(String detail) {
        super(JisrError.REGISTRY_UNAVAILABLE, detail);
    }
}
