package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qatari plates carry no letters and no region: a number of up to six digits and a category, written
 * {@code category number} ({@code TAXI 12345}, {@code نقل ٤٥٦٧٨}) or as the bare number for a private plate
 * ({@code 123456}).
 *
 * <p>The General Directorate of Traffic publishes no machine-readable format, so the numbers each category may
 * carry are a configurable assumption ({@link #QatarPlates(Map)}): by default one to six digits, not starting with
 * 0, for every category. The pattern is matched against the number without leading zeros. An operator sets one
 * pattern for every category with {@value #NUMBER_PATTERN}, and one category's with
 * {@value #NUMBER_PATTERN}{@code .<category>} (e.g. {@code plate-number-pattern.taxi}), which takes precedence.
 *
 * <p>Canonical plate: {@code number} and {@code category} (the {@link QatarPlateCategory} name); no letters, no
 * region.
 */
public final class QatarPlates implements PlateRules {

    public static final Pattern DEFAULT_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    /** The setting for every category's number pattern, and the prefix of one category's. */
    public static final String NUMBER_PATTERN = "plate-number-pattern";

    private static final Pattern PLATE = Pattern.compile("(?:([^0-9]+?)[\\s/\\-]*)?([0-9]+)");

    private final Map<QatarPlateCategory, Pattern> numbers;

    public QatarPlates() {
        this(DEFAULT_NUMBER);
    }

    /** One number pattern for every category. */
    public QatarPlates(Pattern number) {
        this(everyCategory(number));
    }

    /** A number pattern per category; every category needs one. */
    public QatarPlates(Map<QatarPlateCategory, Pattern> numbers) {
        for (QatarPlateCategory category : QatarPlateCategory.values()) {
            if (!numbers.containsKey(category)) {
                throw new IllegalArgumentException("no plate number pattern for " + category);
            }
        }
        this.numbers = Map.copyOf(numbers);
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        Set<String> keys = new HashSet<>();
        keys.add(NUMBER_PATTERN);
        for (QatarPlateCategory category : QatarPlateCategory.values()) {
            keys.add(key(category));
        }
        return Set.copyOf(keys);
    }

    /** These plates with the operator's patterns; a category no setting names keeps its pattern. */
    public QatarPlates configured(AdapterSettings settings) {
        Pattern every = settings.pattern(NUMBER_PATTERN, null);
        Map<QatarPlateCategory, Pattern> configured = new EnumMap<>(numbers);
        for (QatarPlateCategory category : QatarPlateCategory.values()) {
            configured.put(category, settings.pattern(key(category), every != null ? every : numbers.get(category)));
        }
        return new QatarPlates(configured);
    }

    private static String key(QatarPlateCategory category) {
        return NUMBER_PATTERN + "." + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public VehiclePlate parse(String nationalText) {
        Matcher m = PLATE.matcher(NationalDigits.toAsciiDigits(nationalText.strip()));
        if (!m.matches()) {
            throw new InvalidPlateException(GccState.QA, "format", "expected a number, optionally after its category, e.g. TAXI 12345");
        }
        QatarPlateCategory category = m.group(1) == null ? QatarPlateCategory.PRIVATE
                : QatarPlateCategory.named(m.group(1)).orElseThrow(() -> new InvalidPlateException(GccState.QA, "category",
                        "not one of " + Arrays.toString(QatarPlateCategory.values())));
        String number = m.group(2).replaceFirst("^0+", "");
        if (number.isEmpty()) {
            throw new InvalidPlateException(GccState.QA, "range", "the plate number starts at 1");
        }
        if (!numbers.get(category).matcher(number).matches()) {
            throw new InvalidPlateException(GccState.QA, "number",
                    category + " plate numbers must match " + numbers.get(category).pattern());
        }
        return new VehiclePlate(GccState.QA, number, null, null, category.name(), null);
    }

    @Override
    public String format(VehiclePlate plate) {
        if (plate.state() != GccState.QA || plate.category() == null) {
            throw new InvalidPlateException(GccState.QA, "format", "a Qatari plate needs its category");
        }
        return QatarPlateCategory.PRIVATE.name().equals(plate.category()) ? plate.number() : plate.category() + " " + plate.number();
    }

    private static Map<QatarPlateCategory, Pattern> everyCategory(Pattern number) {
        Map<QatarPlateCategory, Pattern> map = new EnumMap<>(QatarPlateCategory.class);
        for (QatarPlateCategory category : QatarPlateCategory.values()) {
            map.put(category, number);
        }
        return map;
    }
}
