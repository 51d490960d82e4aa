package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.names.ArabicNames;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * it is refused: taxi 4021 and private 4021 are two vehicles, and a fine must not reach the wrong one). The
 * settings are {@value #CATEGORIES} (comma-separated {@code CODE:arabic label:Latin label}), {@value #MAX_DIGITS} and
 * {@value #DEFAULT_CATEGORY} (a category code, or {@code none}).
 */
public final class BahrainPlates implements PlateRules {

    public static final int DEFAULT_MAX_DIGITS = 6;

    public static final String CATEGORIES = "plate-categories";
    public static final String MAX_DIGITS = "plate-max-digits";
    public static final String DEFAULT_CATEGORY = "plate-default-category";
    private static final String NO_DEFAULT = "none";

    private static final Pattern PLATE = Pattern.compile(
            "(?<before>\\p{L}[\\p{L}\\p{M} _]*?)?[\\s/\\-]*(?<number>[0-9]+)[\\s/\\-]*(?<after>\\p{L}[\\p{L}\\p{M} _]*)?");

    private final Map<String, BahrainPlateCategory> byLabel = new HashMap<>();
    private final Map<String, BahrainPlateCategory> byCode = new LinkedHashMap<>();
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

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return Set.of(CATEGORIES, MAX_DIGITS, DEFAULT_CATEGORY);
    }

    /** These plates with the operator's settings; a setting not given keeps its current value. */
    public BahrainPlates configured(AdapterSettings settings) {
        List<BahrainPlateCategory> categories = settings.get(CATEGORIES, List.copyOf(byCode.values()), BahrainPlates::categories);
        int digits = settings.integer(MAX_DIGITS, maxDigits, 1, 9);
        Optional<String> fallback = settings.get(DEFAULT_CATEGORY, defaultCategory.map(BahrainPlateCategory::code),
                code -> NO_DEFAULT.equalsIgnoreCase(code) || code.isEmpty() ? Optional.empty() : Optional.of(code));
        try {
            return new BahrainPlates(categories, digits, fallback);
        } catch (IllegalArgumentException e) {
            throw settings.invalid(settings.has(DEFAULT_CATEGORY) ? DEFAULT_CATEGORY : CATEGORIES, e.getMessage());
        }
    }

    /** Categories as an operator writes them: {@code PRIVATE:خصوصي:Private, TAXI:أجرة:Taxi}. */
    static List<BahrainPlateCategory> categories(String setting) {
        List<BahrainPlateCategory> categories = new ArrayList<>();
        for (String item : setting.split(",")) {
            String[] parts = item.strip().split(":", -1);
            if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("each category is written CODE:arabic label:Latin label, not '" + item.strip() + "'");
            }
            categories.add(new BahrainPlateCategory(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return categories;
    }

    /** The categories, in the order given. */
    public List<BahrainPlateCategory> categories() {
        return List.copyOf(byCode.values());
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
