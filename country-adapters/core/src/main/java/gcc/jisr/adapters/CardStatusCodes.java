package gcc.jisr.adapters;

import gcc.jisr.contracts.civilid.v1.CardStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How one registry writes a card's status, read into canonical terms: each national code (ACTIVE, {@code 1}, {@code A},
 * ...) stands for one of VALID, EXPIRED, REVOKED or SUSPENDED, and several codes may stand for the same one (a card
 * cancelled and a card reported lost are both revoked). No GCC registry publishes its codes, so an operator may
 * replace the codes of each canonical status with the settings {@code <prefix>.valid}, {@code <prefix>.expired},
 * {@code <prefix>.revoked} and {@code <prefix>.suspended}, each a comma-separated list of codes. NOT_FOUND is not a
 * card status: a registry says it by its answer, not in a status field.
 */
public final class CardStatusCodes {

    private static final List<CardStatus> STATUSES =
            List.of(CardStatus.VALID, CardStatus.EXPIRED, CardStatus.REVOKED, CardStatus.SUSPENDED);

    private final Map<CardStatus, List<String>> codesByStatus;
    private final Map<String, CardStatus> statusByCode;

    private CardStatusCodes(Map<CardStatus, List<String>> codesByStatus) {
        Map<String, CardStatus> byCode = new LinkedHashMap<>();
        Map<CardStatus, List<String>> byStatus = new EnumMap<>(CardStatus.class);
        codesByStatus.forEach((status, codes) -> {
            if (!STATUSES.contains(status)) {
                throw new IllegalArgumentException(status + " is not a card status a registry can write");
            }
            for (String code : codes) {
                if (code.isBlank()) {
                    throw new IllegalArgumentException("a card status code must not be blank");
                }
                CardStatus previous = byCode.put(code, status);
                if (previous != null && previous != status) {
                    throw new IllegalArgumentException("code " + code + " cannot stand for both " + previous + " and " + status);
                }
            }
            byStatus.put(status, List.copyOf(codes));
        });
        this.codesByStatus = Collections.unmodifiableMap(byStatus);
        this.statusByCode = Collections.unmodifiableMap(byCode);
    }

    /** @throws IllegalArgumentException for a blank code, or a code given for two statuses */
    public static CardStatusCodes of(Map<CardStatus, List<String>> codesByStatus) {
        return new CardStatusCodes(codesByStatus);
    }

    /** The codes a registry's own status enumeration defines, each constant naming its code and canonical status. */
    public static <E extends Enum<E>> CardStatusCodes of(E[] statuses, Function<E, String> code, Function<E, CardStatus> canonical) {
        Map<CardStatus, List<String>> map = new EnumMap<>(CardStatus.class);
        for (E status : statuses) {
            map.computeIfAbsent(canonical.apply(status), s -> new ArrayList<>()).add(code.apply(status));
        }
        return of(map);
    }

    /** The four setting keys under {@code prefix}, e.g. {@code registry.card-status.valid}. */
    public static Set<String> settingKeys(String prefix) {
        return STATUSES.stream().map(s -> key(prefix, s)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * These codes with the operator's lists in place of the statuses they name; a status not named keeps its codes.
     *
     * @param validCode refuses, with an {@link IllegalArgumentException}, a code this registry's format cannot carry
     * @throws InvalidAdapterSettingException for an unusable list, or a code now standing for two statuses
     */
    public CardStatusCodes configured(AdapterSettings settings, String prefix, UnaryOperator<String> validCode) {
        Map<CardStatus, List<String>> map = new EnumMap<>(codesByStatus);
        for (CardStatus status : STATUSES) {
            List<String> codes = settings.list(key(prefix, status), null, validCode);
            if (codes != null) {
                map.put(status, codes);
            }
        }
        for (CardStatus status : STATUSES) {
            String key = key(prefix, status);
            if (!settings.has(key)) {
                continue;
            }
            for (String code : map.get(status)) {
                for (CardStatus other : STATUSES) {
                    if (other != status && map.getOrDefault(other, List.of()).contains(code)) {
                        String otherKey = key(prefix, other);
                        throw settings.invalid(key, "code " + code + " also stands for " + other
                                + (settings.has(otherKey) ? " in " + settings.qualified(otherKey)
                                : " by default; set " + settings.qualified(otherKey) + " as well"));
                    }
                }
            }
        }
        return of(map);
    }

    /** The canonical status a code stands for, before the card's expiry date is considered. */
    public Optional<CardStatus> canonical(String code) {
        return Optional.ofNullable(statusByCode.get(code));
    }

    /** The codes that stand for this status, in the order given; empty for a status the registry never writes. */
    public List<String> codes(CardStatus status) {
        return codesByStatus.getOrDefault(status, List.of());
    }

    private static String key(String prefix, CardStatus status) {
        return prefix + "." + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return codesByStatus.toString();
    }
}
