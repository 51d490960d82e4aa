package gcc.jisr.adapters;

/**
 * An operator's adapter setting that cannot be used: a key the adapter does not know, or a value it cannot read. Raised
 * while the gateway starts, so that a typo stops the start instead of leaving a default silently in force.
 */
public class InvalidAdapterSettingException extends IllegalArgumentException {

    private final String key;

    public InvalidAdapterSettingException(String key, String message) {
        super(message);
        this.key = key;
    }

    public InvalidAdapterSettingException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The full name of the setting at fault, e.g. {@code jisr.adapters.kw.plate-pattern}. */
    public String key() {
        return key;
    }
}
