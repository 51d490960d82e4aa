package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.AdapterSettings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How one national traffic system codes a closed list of canonical values (an acknowledgement's outcome, a status
 * change): each value has one or more national codes, the first of which is the one written; any of them is read.
 * No GCC traffic system publishes its codes, so each list can be replaced by the setting
 * {@code <prefix>.<value>}, e.g. {@code traffic.outcome.duplicate}, as a comma-separated list.
 */
public final class TrafficCodes<E extends Enum<E>> {

    private final Class<E> type;
    private final Map<E, List<String>> codes;
    private final Map<String, E> byCode;

    private TrafficCodes(Class<E> type, Map<E, List<String>> codes) {
        this.type = type;
        Map<E, List<String>> copy = new EnumMap<>(type);
        Map<String, E> reverse = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            List<String> list = codes.get(value);
            if (list == null || list.isEmpty()) {
                throw new IllegalArgumentException(value + " needs at least one national code");
            }
            for (String code : list) {
                if (code.isBlank()) {
                    throw new IllegalArgumentException("a national code must not be blank");
                }
                E previous = reverse.put(code, value);
                if (previous != null && previous != value) {
                    throw new IllegalArgumentException("code " + code + " cannot stand for both " + previous + " and " + value);
                }
            }
            copy.put(value, List.copyOf(list));
        }
        this.codes = Collections.unmodifiableMap(copy);
        this.byCode = Collections.unmodifiableMap(reverse);
    }

    /** @throws IllegalArgumentException for a value without code, a blank code or a code given for two values */
    public static <E extends Enum<E>> TrafficCodes<E> of(Class<E> type, Map<E, List<String>> codes) {
        return new TrafficCodes<>(Objects.requireNonNull(type, "type"), codes);
    }

    /** The setting keys under {@code prefix}: one per value, lower case with dashes, e.g. {@code traffic.outcome.recorded}. */
    public static <E extends Enum<E>> Set<String> settingKeys(Class<E> type, String prefix) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(v -> key(prefix, v)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * These codes with the operator's lists in place of the values they name.
     *
     * @param validCode refuses, with an {@link IllegalArgumentException}, a code the national format cannot carry
     * @throws gcc.jisr.adapters.InvalidAdapterSettingException for an unusable list or a code now standing for two values
     */
    public TrafficCodes<E> configured(AdapterSettings settings, String prefix, UnaryOperator<String> validCode) {
        Map<E, List<String>> map = new EnumMap<>(codes);
        String lastKey = null;
        for (E value : type.getEnumConstants()) {
            String key = key(prefix, value);
            List<String> given = settings.list(key, null, validCode);
            if (given != null) {
                map.put(value, given);
                lastKey = key;
            }
        }
        if (lastKey == null) {
            return this;
        }
        try {
            return new TrafficCodes<>(type, map);
        } catch (IllegalArgumentException e) {
            throw settings.invalid(lastKey, e.getMessage());
        }
    }

    /** The code written for this value. */
    public String write(E value) {
        return codes.get(value).get(0);
    }

    /** The value a national code stands for. */
    public Optional<E> read(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<String> codes(E value) {
        return codes.get(value);
    }

    private static String key(String prefix, Enum<?> value) {
        return prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return codes.toString();
    }
}
