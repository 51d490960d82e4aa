package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.errors.JisrError;

/** The fund said it is down (HTTP 503): the delivery is retried, unlike a refusal of what was sent. */
public class PensionFundUnavailableException extends RegistryFormatException {

    public PensionFundUnavailableException(String detail) {
        super(JisrError.REGISTRY_UNAVAILABLE, detail);
    }
}
