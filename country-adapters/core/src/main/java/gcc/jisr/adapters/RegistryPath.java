package gcc.jisr.adapters;

import java.util.Objects;

/**
 * The path (and query) at which a national registry answers a look-up, relative to the registry's base address, as a
 * template: {@value #ID} stands for the civil ID in canonical form, e.g. {@code /paci/civil-registry/v2/persons/{id}}
 * or {@code /rop/civil-status/v1/persons?civilNumber={id}}. A registry that takes the ID in the request body has a
 * path without it. Canonical civil IDs are ASCII digits, so the expansion needs no escaping.
 */
public record RegistryPath(String template) {

    public static final String ID = "{id}";

    /**
     * @throws IllegalArgumentException when the template does not start with {@code /}, holds spaces or control
     *                                  characters, or braces other than one {@value #ID}
     */
    public RegistryPath {
        Objects.requireNonNull(template, "template");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a registry path starts with '/'");
        }
        if (template.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            throw new IllegalArgumentException("a registry path holds no spaces or control characters");
        }
        String withoutId = template.replace(ID, "");
        if (template.length() - withoutId.length() > ID.length()) {
            throw new IllegalArgumentException("a registry path holds " + ID + " at most once");
        }
        if (withoutId.indexOf('{') >= 0 || withoutId.indexOf('}') >= 0) {
            throw new IllegalArgumentException("the only placeholder a registry path may hold is " + ID);
        }
    }

    /** A path that must carry the civil ID (a registry looked up with GET). */
    public static RegistryPath withId(String template) {
        RegistryPath path = new RegistryPath(template);
        if (!path.hasId()) {
            throw new IllegalArgumentException("this registry is asked by path or query, so the path must hold " + ID);
        }
        return path;
    }

    /** A path that must not carry the civil ID (a registry that takes it in the request body). */
    public static RegistryPath withoutId(String template) {
        RegistryPath path = new RegistryPath(template);
        if (path.hasId()) {
            throw new IllegalArgumentException("this registry takes the civil ID in the request body, not in the path");
        }
        return path;
    }

    public boolean hasId() {
        return template.contains(ID);
    }

    /** The path for one look-up. */
    public String expand(CivilId civilId) {
        return template.replace(ID, civilId.value());
    }

    @Override
    public String toString() {
        return template;
    }
}
