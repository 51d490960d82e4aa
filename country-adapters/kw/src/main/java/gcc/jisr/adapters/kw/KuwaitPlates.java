package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kuwaiti plates carry no letters: a code of one or two digits (the plate's category and series, printed on the
 * left) and a number of up to five digits, written {@code code/number}, e.g. {@code 12/34567}. The Interior
 * Ministry publishes no machine-readable list of codes, so the code is kept as the category without
 * interpretation (a documented assumption; an operator can map codes to categories downstream).
 *
 * <p>No machine-readable plate format is published either, so the shape above is this adapter's assumption too: an
 * operator can replace it with {@value #PLATE_PATTERN}, a regular expression with the named groups {@code code} and
 * {@code number}, matched against the whole text after its digits are made ASCII and its ends stripped.
 */
public final class KuwaitPlates implements PlateRules {

    /** The setting that replaces {@link #DEFAULT_PATTERN}. */
    public static final String PLATE_PATTERN = "plate-pattern";
    public static final Pattern DEFAULT_PATTERN = Pattern.compile("(?<code>[0-9]{1,2})\\s*[/\\-\\s]\\s*(?<number>[0-9]{1,5})");

    private final Pattern plate;

    public KuwaitPlates() {
        this(DEFAULT_PATTERN);
    }

    /**
     * @param plate a whole plate, with the named groups {@code code} and {@code number}, each matching ASCII digits
     * @throws IllegalArgumentException when a group is missing
     */
    public KuwaitPlates(Pattern plate) {
        this.plate = Objects.requireNonNull(plate, "plate");
        for (String group : new String[]{"(?<code>", "(?<number>"}) {
            if (!plate.pattern().contains(group)) {
                throw new IllegalArgumentException("a Kuwaiti plate pattern needs the named groups (?<code>...) and (?<number>...)");
            }
        }
    }

    /** These plates with the operator's {@value #PLATE_PATTERN}, if given. */
    public KuwaitPlates configured(AdapterSettings settings) {
        Pattern configured = settings.pattern(PLATE_PATTERN, plate);
        return settings.get(PLATE_PATTERN, this, value -> new KuwaitPlates(configured));
    }

    public Pattern pattern() {
        return plate;
    }

    @Override
    public VehiclePlate parse(String nationalText) {
        String text = NationalDigits.toAsciiDigits(nationalText.strip());
        Matcher m = plate.matcher(text);
        if (!m.matches()) {
            throw new InvalidPlateException(GccState.KW, "format", plate == DEFAULT_PATTERN
                    ? "expected code/number, e.g. 12/34567" : "expected code and number matching " + plate.pattern());
        }
        int code = digits(m.group("code"), "code");
        int number = digits(m.group("number"), "number");
        if (code == 0 || number == 0) {
            throw new InvalidPlateException(GccState.KW, "range", "code and number start at 1");
        }
        return new VehiclePlate(GccState.KW, Integer.toString(number), null, null, Integer.toString(code), null);
    }

    private static int digits(String group, String name) {
        if (group == null || !group.matches("[0-9]{1,9}")) {
            throw new InvalidPlateException(GccState.KW, "format", "the plate's " + name + " must be digits");
        }
        return Integer.parseInt(group);
    }

    @Override
    public String format(VehiclePlate plate) {
        return plate.category() + "/" + plate.number();
    }
}
