package gcc.jisr.adapters;

import gcc.jisr.adapters.dates.NationalDates;

import java.util.Arrays;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The settings every registry translator shares, under the same names in every adapter, so that an operator who has
 * configured one state's registry knows how to configure the next: where the registry answers, how it writes
 * Gregorian dates, and how it codes a card's status. None of the six GCC registries publishes its interface, so all
 * three are assumptions of each adapter.
 */
public final class RegistrySettings {

    /** The registry's path ({@link RegistryPath}), with {@value RegistryPath#ID} where the civil ID goes. */
    public static final String PATH = "registry.path";
    /** The pattern of the registry's Gregorian dates, e.g. {@code dd/MM/yyyy} ({@link NationalDates}). */
    public static final String DATE_PATTERN = "registry.date-pattern";
    /** The prefix of the card status codes ({@link CardStatusCodes}): {@code registry.card-status.valid}, ... */
    public static final String CARD_STATUS = "registry.card-status";

    private RegistrySettings() {
    }

    /** The path, the date pattern and the four card status keys. */
    public static Set<String> keys() {
        return union(Set.of(PATH, DATE_PATTERN), CardStatusCodes.settingKeys(CARD_STATUS));
    }

    /** The configured path of a registry asked by GET, which must hold the civil ID. */
    public static RegistryPath pathWithId(AdapterSettings settings, RegistryPath current) {
        return settings.get(PATH, current, RegistryPath::withId);
    }

    /** The configured path of a registry that takes the civil ID in the request body. */
    public static RegistryPath pathWithoutId(AdapterSettings settings, RegistryPath current) {
        return settings.get(PATH, current, RegistryPath::withoutId);
    }

    /** The configured date pattern, one pattern. */
    public static NationalDates dates(AdapterSettings settings, NationalDates current) {
        return settings.get(DATE_PATTERN, current, NationalDates::of);
    }

    /** The configured card status codes; {@code validCode} refuses codes this registry's format cannot carry. */
    public static CardStatusCodes cardStatuses(AdapterSettings settings, CardStatusCodes current, UnaryOperator<String> validCode) {
        return current.configured(settings, CARD_STATUS, validCode);
    }

    /** The card status codes as configured, any non-blank code allowed. */
    public static CardStatusCodes cardStatuses(AdapterSettings settings, CardStatusCodes current) {
        return cardStatuses(settings, current, UnaryOperator.identity());
    }

    /** The keys of several parts of one adapter, as one set. */
    @SafeVarargs
    public static Set<String> union(Set<String>... parts) {
        return Arrays.stream(parts).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }
}
