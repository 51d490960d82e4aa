package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qatari plates carry no letters and no region: a number of up to six digits and a category, written
 * {@code category number} ({@code TAXI 12345}, {@code نقل ٤٥٦٧٨}) or as the bare number for a private plate
 * ({@code 123456}).
 *
 * <p>The General Directorate of Traffic publishes no machine-readable format, so the numbers each category may
 * carry are a configurable assumption ({@link #QatarPlates(Map)}): by default one to six digits, not starting with
 * 0, for every category. The pattern is matched against the number without leading zeros.
 *
 * <p>Canonical plate: {@code number} and {@code category} (the {@link QatarPlateCategory} name); no letters, no
 * region.
 */
public final class QatarPlates implements PlateRules {

    public static final Pattern DEFAULT_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

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
