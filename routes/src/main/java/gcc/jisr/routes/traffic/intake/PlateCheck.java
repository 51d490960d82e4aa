package gcc.jisr.routes.traffic.intake;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.Plate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a canonical plate is one its issuing state's adapter would read. The adapters read plates from the text
 * agencies type (any digit script, either letter script); a canonical plate is checked by writing it as its state
 * writes plates and reading that back, so that the state's own rules (number of digits, letter set, emirate codes,
 * categories) decide, and every part given must be what the adapter reads.
 */
final class PlateCheck {

    static final String FIELD = "/vehicle/plate";

    private final CountryAdapters adapters;

    PlateCheck(CountryAdapters adapters) {
        this.adapters = adapters;
    }

    void check(Plate plate, GccState issuingState) {
        PlateRules rules = adapters.forState(issuingState).map(a -> a.plates()).orElseThrow(() -> new JisrException(
                JisrError.STATE_NOT_SERVED, "this gateway has no adapter for " + issuingState + " and cannot check its plates",
                List.of(new FieldViolation(FIELD + "/issuingState", "no adapter for " + issuingState))));
        VehiclePlate given = new VehiclePlate(issuingState, plate.getNumber(), plate.getLettersArabic(), plate.getLettersLatin(),
                plate.getCategory(), plate.getRegion());
        VehiclePlate read = readBack(rules, given);
        List<FieldViolation> mismatches = new ArrayList<>();
        compare("number", given.number(), read.number(), mismatches);
        compare("lettersArabic", given.lettersArabic(), read.lettersArabic(), mismatches);
        compare("lettersLatin", given.lettersLatin(), read.lettersLatin(), mismatches);
        compare("region", given.region(), read.region(), mismatches);
        // Some states' plates do not show their category in text (a Saudi plate's colour does): the adapter then
        // gives every plate it reads one assumed category, and the notice's own category is the better fact.
        if (read.category() == null || categoryIsWritten(rules, given)) {
            compare("category", given.category(), read.category(), mismatches);
        }
        if (!mismatches.isEmpty()) {
            throw new JisrException(JisrError.INVALID_PLATE, issuingState + " plate: "
                    + String.join("; ", mismatches.stream().map(FieldViolation::reason).toList()), mismatches);
        }
    }

    private static VehiclePlate readBack(PlateRules rules, VehiclePlate given) {
        String written;
        try {
            written = rules.format(given);
        } catch (RuntimeException e) {
            // A state's plates written without a part they always have (a Saudi plate without its letters) cannot
            // even be written down.
            throw new JisrException(JisrError.INVALID_PLATE, given.state() + " plate: lacks a part " + given.state() + " plates have",
                    List.of(new FieldViolation(FIELD, "incomplete for " + given.state())));
        }
        try {
            return rules.parse(written);
        } catch (InvalidPlateException e) {
            throw new JisrException(JisrError.INVALID_PLATE, e.getMessage(), e.violations().stream()
                    .map(v -> new FieldViolation(FIELD, v.reason())).toList());
        }
    }

    private static boolean categoryIsWritten(PlateRules rules, VehiclePlate given) {
        VehiclePlate otherCategory = new VehiclePlate(given.state(), given.number(), given.lettersArabic(), given.lettersLatin(),
                "X" + given.category(), given.region());
        try {
            return !rules.format(given).equals(rules.format(otherCategory));
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static void compare(String part, String given, String read, List<FieldViolation> mismatches) {
        if (!Objects.equals(given, read)) {
            mismatches.add(new FieldViolation(FIELD + "/" + part, part + " is " + shown(given)
                    + " where the issuing state's plate rules read " + shown(read)));
        }
    }

    private static String shown(String value) {
        return value == null ? "absent" : "'" + value + "'";
    }
}
