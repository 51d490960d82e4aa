package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UAE plates are issued per emirate: the emirate's name, a code and a number of up to five digits, written
 * {@code emirate code number}, e.g. {@code DXB AA 12345}, {@code AD 16 12345}, {@code دبي A ١٢٣٤٥}. The emirate may be
 * written as its code, English or Arabic name.
 *
 * <p>Canonical plate: {@code region} is the emirate's code, {@code category} the plate code, and for a letter code
 * also {@code lettersLatin}. UAE plate codes are printed in Latin letters only (the Arabic on the plate is the
 * emirate's name), so {@code lettersArabic} stays empty.
 *
 * <p>Which codes each emirate issues is an assumption, configurable by constructor ({@link #DEFAULT_CODES}):
 * Dubai one or two Latin letters (A–Z, then AA, BB, …); Abu Dhabi a number from 1 to 50; Sharjah a number from 1
 * to 9; Ajman, Umm Al Quwain, Ras Al Khaimah and Fujairah one Latin letter. An operator changes one emirate's codes
 * with the setting {@value #PLATE_CODES}{@code .<emirate>} (e.g. {@code plate-codes.dxb}), written as
 * {@link PlateCodeScheme#parse} reads it.
 */
public final class EmiratesPlates implements PlateRules {

    /** The prefix of the settings for each emirate's plate codes, followed by the emirate's code in lower case. */
    public static final String PLATE_CODES = "plate-codes";

    public static final Map<Emirate, PlateCodeScheme> DEFAULT_CODES = Map.of(
            Emirate.AD, PlateCodeScheme.numbers(1, 50),
            Emirate.DXB, PlateCodeScheme.letters("[A-Z]{1,2}"),
            Emirate.SHJ, PlateCodeScheme.numbers(1, 9),
            Emirate.AJM, PlateCodeScheme.letters("[A-Z]"),
            Emirate.UAQ, PlateCodeScheme.letters("[A-Z]"),
            Emirate.RAK, PlateCodeScheme.letters("[A-Z]"),
            Emirate.FUJ, PlateCodeScheme.letters("[A-Z]"));

    private static final Pattern PLATE = Pattern.compile("(.+?)[\\s/\\-]+([A-Za-z]{1,3}|[0-9]{1,3})[\\s/\\-]+([0-9]{1,5})");

    private final Map<Emirate, PlateCodeScheme> codes;

    public EmiratesPlates() {
        this(DEFAULT_CODES);
    }

    public EmiratesPlates(Map<Emirate, PlateCodeScheme> codes) {
        Map<Emirate, PlateCodeScheme> all = new EnumMap<>(Emirate.class);
        all.putAll(codes);
        for (Emirate emirate : Emirate.values()) {
            if (!all.containsKey(emirate)) {
                throw new IllegalArgumentException("no plate code scheme for " + emirate);
            }
        }
        this.codes = Map.copyOf(all);
    }

    /** The settings {@link #configured} reads: one per emirate. */
    public static Set<String> settingKeys() {
        return Arrays.stream(Emirate.values()).map(EmiratesPlates::key).collect(Collectors.toUnmodifiableSet());
    }

    /** These plates with the operator's code schemes; an emirate not named keeps its scheme. */
    public EmiratesPlates configured(AdapterSettings settings) {
        Map<Emirate, PlateCodeScheme> configured = new EnumMap<>(codes);
        for (Emirate emirate : Emirate.values()) {
            configured.put(emirate, settings.get(key(emirate), codes.get(emirate), PlateCodeScheme::parse));
        }
        return new EmiratesPlates(configured);
    }

    /** The codes each emirate issues. */
    public Map<Emirate, PlateCodeScheme> codes() {
        return codes;
    }

    private static String key(Emirate emirate) {
        return PLATE_CODES + "." + emirate.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public VehiclePlate parse(String nationalText) {
        Matcher m = PLATE.matcher(NationalDigits.toAsciiDigits(nationalText.strip()));
        if (!m.matches()) {
            throw new InvalidPlateException(GccState.AE, "format", "expected emirate, code and number, e.g. DXB AA 12345");
        }
        Emirate emirate = Emirate.named(m.group(1)).orElseThrow(() ->
                new InvalidPlateException(GccState.AE, "emirate", "not one of AD, DXB, SHJ, AJM, UAQ, RAK, FUJ"));
        PlateCodeScheme scheme = codes.get(emirate);
        String code = scheme.canonical(m.group(2)).orElseThrow(() -> new InvalidPlateException(GccState.AE, "code",
                emirate.englishName() + " plate codes are " + scheme.description()));
        int number = Integer.parseInt(m.group(3));
        if (number == 0) {
            throw new InvalidPlateException(GccState.AE, "range", "the plate number starts at 1");
        }
        return new VehiclePlate(GccState.AE, Integer.toString(number), null, scheme.lettered() ? code : null, code,
                emirate.name());
    }

    @Override
    public String format(VehiclePlate plate) {
        if (plate.state() != GccState.AE || plate.region() == null || plate.category() == null) {
            throw new InvalidPlateException(GccState.AE, "format", "a UAE plate needs its emirate and code");
        }
        return plate.region() + " " + plate.category() + " " + plate.number();
    }
}
