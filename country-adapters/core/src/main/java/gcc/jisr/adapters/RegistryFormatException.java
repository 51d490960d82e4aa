package gcc.jisr.adapters;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

/** A national registry answered something its own format does not allow. */
public class RegistryFormatException extends JisrException {

    public RegistryFormatException(String detail) {
        super(JisrError.REGISTRY_PROTOCOL, detail);
    }

    public RegistryFormatException(String detail, Throwable cause) {
        super(JisrError.REGISTRY_PROTOCOL, detail, cause);
    }

    /** For a subtype that a caller must tell apart by its code, e.g. a system that is down rather than wrong. */
    protected RegistryFormatException(JisrError error, String detail) {
        super(error, detail);
    }
}
