package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.names.ArabicNames;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bahraini plates: a number of up to six digits (published fact: plates are numeric, without letters) and a
 * category, written in either order with the category in Arabic, in English or as its code, e.g.
 * {@code خصوصي ١٢٣٤٥٦}, {@code Taxi 4021}, {@code 4021-TAXI}. Canonical: {@code CATEGORY number}, the number
 * without leading zeros.
 *
 * <p>Configurable, because not published: the category list ({@link BahrainPlateCategory#DEFAULTS}), the maximum
 * number of digits (6) and whether a plate written without a category is read as some default category (by default
 * it is refused: taxi 4021 and private 4021 are two vehicles, and a fine must not reach the wrong one).
 */
public final class BahrainPlates implements PlateRules {

    public static final int DEFAULT_MAX_DIGITS = 6;

    private static final Pattern PLATE = Pattern.compile(
            "(?<before>\\p{L}[\\p{L}\\p{M} _]*?)?[\\s/\\-]*(?<number>[0-9]+)[\\s/\\-]*(?<after>\\p{L}[\\p{L}\\p{M} _]*)?");

    private final Map<String, BahrainPlateCategory> byLabel = new HashMap<>();
    private final Map<String, BahrainPlateCategory> byCode = new HashMap<>();
    private final int maxDigits;
    private final Optional<BahrainPlateCategory> defaultCategory;

    public BahrainPlates() {
        this(BahrainPlateCategory.DEFAULTS, DEFAULT_MAX_DIGITS, Optional.empty());
    }

    /**
     * @param categories      the categories agencies write
     * @param maxDigits       the longest plate number
     * @param defaultCategory the code of the category a plate without one is read as, or empty to refuse such plates
     */
    public BahrainPlates(List<BahrainPlateCategory> categories, int maxDigits, Optional<String> defaultCategory) {
        if (maxDigits < 1) {
            throw new IllegalArgumentException("maxDigits must be at least 1");
        }
        for (BahrainPlateCategory category : categories) {
            byCode.put(category.code(), category);
            for (String label : List.of(category.code(), category.latinLabel(), category.arabicLabel())) {
                BahrainPlateCategory previous = byLabel.put(labelKey(label), category);
                if (previous != null && previous != category) {
                    throw new IllegalArgumentException("two plate categories are written '" + label + "'");
                }
            }
        }
        this.maxDigits = maxDigits;
        this.defaultCategory = defaultCategory.map(code -> Optional.ofNullable(byCode.get(code))
                .orElseThrow(() -> new IllegalArgumentException("default plate category " + code + " is not in the list")));
    }

    @Override
    public VehiclePlate parse(String nationalText) {
        String text = NationalDigits.toAsciiDigits(nationalText.strip());
        Matcher m = PLATE.matcher(text);
        if (!m.matches() || (m.group("before") != null && m.group("after") != null)) {
            throw new InvalidPlateException(GccState.BH, "format", "expected a category and a number, e.g. PRIVATE 123456");
        }
        String label = m.group("before") != null ? m.group("before") : m.group("after");
        BahrainPlateCategory category;
        if (label == null) {
            category = defaultCategory.orElseThrow(() ->
                    new InvalidPlateException(GccState.BH, "category", "a Bahraini plate needs its category, e.g. PRIVATE or TAXI"));
        } else {
            category = byLabel.get(labelKey(label));
            if (category == null) {
                throw new InvalidPlateException(GccState.BH, "category", "unknown plate category; known: " + byCode.keySet());
            }
        }
        String number = m.group("number").replaceFirst("^0+", "");
        if (number.isEmpty()) {
            throw new InvalidPlateException(GccState.BH, "range", "the plate number starts at 1");
        }
        if (number.length() > maxDigits) {
            throw new InvalidPlateException(GccState.BH, "length", "a plate number has at most " + maxDigits + " digits");
        }
        return new VehiclePlate(GccState.BH, number, null, null, category.code(), null);
    }

    @Override
    public String format(VehiclePlate plate) {
        return plate.category() + " " + plate.number();
    }

    /** Labels compare without case, spacing or Arabic spelling variants (أجرة / اجره). */
    private static String labelKey(String label) {
        String latin = label.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (ArabicNames.isArabicScript(latin)) {
            return String.join(" ", ArabicNames.normalizedTokens(latin));
        }
        return String.join(" ", latin.split("\\s+"));
    }
}
