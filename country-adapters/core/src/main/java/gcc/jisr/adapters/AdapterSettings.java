package gcc.jisr.adapters;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An operator's settings for one adapter: the parts of a state's national formats that no authority publishes and
 * that the adapter therefore assumes (a registry's path, its date pattern, its status codes, a plate pattern), as
 * plain text keyed by name, e.g. {@code plate-pattern} or {@code registry.date-pattern}.
 *
 * <p>Keys are compared without case. Every typed getter takes the value to use when the key is absent, so an adapter
 * keeps its documented default unless the operator says otherwise, and refuses a value it cannot read with an
 * {@link InvalidAdapterSettingException} that names the setting, its value and what was wrong. Immutable.
 */
public final class AdapterSettings {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");

    private final String origin;
    private final Map<String, String> values;

    private AdapterSettings(String origin, Map<String, String> values) {
        this.origin = origin;
        this.values = values;
    }

    /** No settings: every adapter behaves as documented by default. */
    public static AdapterSettings none() {
        return new AdapterSettings("adapter settings", Map.of());
    }

    /**
     * @param origin where the settings come from, prefixed to every key in error messages, e.g. {@code jisr.adapters.kw}
     * @throws InvalidAdapterSettingException for a key without value or two keys that differ only by case
     */
    public static AdapterSettings of(String origin, Map<String, String> values) {
        Objects.requireNonNull(origin, "origin");
        Map<String, String> folded = new TreeMap<>();
        values.forEach((key, value) -> {
            String name = key.strip().toLowerCase(Locale.ROOT);
            if (value == null) {
                throw new InvalidAdapterSettingException(origin + "." + name, origin + "." + name + " has no value");
            }
            if (folded.put(name, value) != null) {
                throw new InvalidAdapterSettingException(origin + "." + name, origin + "." + name + " is given twice");
            }
        });
        return new AdapterSettings(origin, Collections.unmodifiableMap(folded));
    }

    public String origin() {
        return origin;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The text of a setting as the operator wrote it. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Refuses any key not in {@code known}: a misspelt key would otherwise leave the default silently in force.
     *
     * @throws InvalidAdapterSettingException naming the first unknown key and every key the adapter knows
     */
    public AdapterSettings requireOnly(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                String knownList = known.isEmpty() ? "this adapter has no settings"
                        : "known settings: " + String.join(", ", new TreeSet<>(known));
                throw new InvalidAdapterSettingException(qualified(key),
                        "unknown setting " + qualified(key) + "; " + knownList);
            }
        }
        return this;
    }

    /**
     * The setting read by {@code reader}, or {@code fallback} when it is absent.
     *
     * @param reader throws {@link IllegalArgumentException} (or a subclass) for a value it cannot use; its message says
     *               why and becomes part of the error
     */
    public <T> T get(String key, T fallback, Function<String, T> reader) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Objects.requireNonNull(reader.apply(value.strip()), key);
        } catch (InvalidAdapterSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw invalid(key, e.getMessage(), e);
        }
    }

    /** Non-blank text. */
    public String text(String key, String fallback) {
        return get(key, fallback, value -> {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("must not be blank");
            }
            return value;
        });
    }

    /** A whole number from {@code min} to {@code max}. */
    public int integer(String key, int fallback, int min, int max) {
        return get(key, fallback, value -> {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
            if (number < min || number > max) {
                throw new IllegalArgumentException("must be from " + min + " to " + max);
            }
            return number;
        });
    }

    /** A Java regular expression ({@link Pattern}), compiled. */
    public Pattern pattern(String key, Pattern fallback) {
        return get(key, fallback, value -> {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("must not be blank");
            }
            try {
                return Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
            }
        });
    }

    /** Comma-separated items, each stripped of surrounding spaces; an empty item is refused. */
    public List<String> list(String key, List<String> fallback) {
        return list(key, fallback, UnaryOperator.identity());
    }

    /**
     * Comma-separated items, each stripped of surrounding spaces and then checked by {@code item}, which returns the
     * item to keep or throws {@link IllegalArgumentException}.
     */
    public List<String> list(String key, List<String> fallback, UnaryOperator<String> item) {
        return get(key, fallback, value -> {
            List<String> items = Arrays.asList(LIST_SEPARATOR.split(value, -1));
            if (items.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("a comma-separated list without empty items is expected");
            }
            return items.stream().map(item).toList();
        });
    }

    /** One of {@code allowed}, compared without case; the allowed spelling is returned. */
    public String choice(String key, String fallback, Collection<String> allowed) {
        return get(key, fallback, value -> allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + String.join(", ", allowed))));
    }

    /** The error for a value of this key that an adapter finds unusable only in combination with others. */
    public InvalidAdapterSettingException invalid(String key, String why) {
        return invalid(key, why, null);
    }

    private InvalidAdapterSettingException invalid(String key, String why, Throwable cause) {
        String value = values.get(key);
        String shown = value == null ? "" : " = '" + value + "'";
        return new InvalidAdapterSettingException(qualified(key), qualified(key) + shown + " cannot be used: " + why, cause);
    }

    /** The key with its origin, as an operator writes it, e.g. {@code jisr.adapters.kw.plate-pattern}. */
    public String qualified(String key) {
        return origin + "." + key;
    }

    @Override
    public String toString() {
        return origin + values.keySet();
    }
}
