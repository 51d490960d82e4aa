package gcc.jisr.adapters.bh;

import java.util.List;
import java.util.Objects;

/**
 * A category of Bahraini plate. Bahraini plates carry no letters: the category (private, taxi, ...) is shown by the
 * plate's colour and label, so a number alone does not name a vehicle. The traffic directorate publishes no
 * machine-readable list of categories; {@link #DEFAULTS} is this adapter's documented assumption, and an operator can
 * pass another list to {@link BahrainPlates}.
 *
 * @param code        the canonical code carried in {@link gcc.jisr.adapters.plates.VehiclePlate#category()}
 * @param arabicLabel how Arabic-language agencies write the category
 * @param latinLabel  how English-language agencies write it
 */
public record BahrainPlateCategory(String code, String arabicLabel, String latinLabel) {

    public static final List<BahrainPlateCategory> DEFAULTS = List.of(
            new BahrainPlateCategory("PRIVATE", "خصوصي", "Private"),
            new BahrainPlateCategory("TAXI", "أجرة", "Taxi"),
            new BahrainPlateCategory("TRANSPORT", "نقل", "Transport"),
            new BahrainPlateCategory("MOTORCYCLE", "دراجة نارية", "Motorcycle"),
            new BahrainPlateCategory("GOVERNMENT", "حكومي", "Government"),
            new BahrainPlateCategory("DIPLOMATIC", "دبلوماسي", "Diplomatic"),
            new BahrainPlateCategory("TEMPORARY", "مؤقت", "Temporary"));

    public BahrainPlateCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arabicLabel, "arabicLabel");
        Objects.requireNonNull(latinLabel, "latinLabel");
        if (!code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("a plate category code is upper-case Latin letters and '_', not " + code);
        }
    }
}
