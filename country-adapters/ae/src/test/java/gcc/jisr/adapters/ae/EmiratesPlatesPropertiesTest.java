package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class EmiratesPlatesPropertiesTest {

    private final EmiratesPlates plates = new EmiratesPlates();

    @Property
    void formattedPlateReadsBackUnchanged(@ForAll("plates") VehiclePlate plate) {
        assertThat(plates.parse(plates.format(plate))).isEqualTo(plate);
    }

    @Property
    void arabicEmirateNameAndArabicIndicDigitsReadAsTheSamePlate(@ForAll("plates") VehiclePlate plate) {
        Emirate emirate = Emirate.valueOf(plate.region());
        String written = emirate.arabicName() + " " + arabicIndic(plate.category()) + " " + arabicIndic(plate.number());

        assertThat(plates.parse(written)).isEqualTo(plate);
    }

    @Provide
    Arbitrary<VehiclePlate> plates() {
        Arbitrary<Emirate> emirates = Arbitraries.of(Emirate.class);
        Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 99_999);
        return Combinators.combine(emirates, numbers, Arbitraries.integers().between(0, 25), Arbitraries.integers().between(1, 50),
                Arbitraries.of(true, false)).as((emirate, number, letter, numericCode, doubled) -> {
                    String code = switch (emirate) {
                        case AD -> Integer.toString(numericCode);
                        case SHJ -> Integer.toString(1 + numericCode % 9);
                        case DXB -> String.valueOf((char) ('A' + letter)).repeat(doubled ? 2 : 1);
                        default -> String.valueOf((char) ('A' + letter));
                    };
                    boolean lettered = Character.isLetter(code.charAt(0));
                    return new VehiclePlate(GccState.AE, Integer.toString(number), null, lettered ? code : null, code, emirate.name());
                });
    }

    private static String arabicIndic(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
