package gcc.jisr.gateway.production;

import java.util.Locale;

/**
 * A setting that is fine on a developer's machine and must not reach production, as an operator needs to hear of it.
 *
 * @param setting the property, as written in application.yml
 * @param value   what it is now, in words: never a password's value
 * @param risk    what goes wrong if a gateway starts like this
 * @param fix     what to set instead
 */
public record UnsafeSetting(String setting, String value, String risk, String fix) {

    /** The environment variable that sets the property, as Spring Boot binds it: JISR_TRUST_PASSWORD. */
    public static String environmentVariable(String setting) {
        return setting.replace("-", "").replace('.', '_').replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return setting + " = " + value + "\n    why: " + risk + "\n    fix: " + fix;
    }
}
