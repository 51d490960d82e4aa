package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class BahrainPlatesPropertyTest {

    private final BahrainPlates plates = new BahrainPlates();

    @Property
    void formatThenParseGivesThePlateBack(@ForAll("plates") VehiclePlate plate) {
        assertThat(plates.parse(plates.format(plate))).isEqualTo(plate);
    }

    @Property
    void arabicLabelAndArabicDigitsReadAsTheSamePlate(@ForAll("categories") BahrainPlateCategory category,
                                                      @ForAll @IntRange(min = 1, max = 999_999) int number) {
        String arabicDigits = Integer.toString(number).chars().map(c -> '\u0660' + (c - '0'))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        assertThat(plates.parse(category.arabicLabel() + " " + arabicDigits))
                .isEqualTo(new VehiclePlate(GccState.BH, Integer.toString(number), null, null, category.code(), null));
    }

    @Provide
    Arbitrary<VehiclePlate> plates() {
        return categories().flatMap(c -> Arbitraries.integers().between(1, 999_999)
                .map(n -> new VehiclePlate(GccState.BH, Integer.toString(n), null, null, c.code(), null)));
    }

    @Provide
    Arbitrary<BahrainPlateCategory> categories() {
        return Arbitraries.of(BahrainPlateCategory.DEFAULTS);
    }
}
