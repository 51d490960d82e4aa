package gcc.jisr.adapters.om;

import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OmanPlatesPropertyTest {

    private static final List<Character> ARABIC = List.copyOf(OmanPlateLetters.DEFAULT.latinByArabic().keySet());

    private final OmanPlates plates = new OmanPlates();

    @Property
    void formatThenParseGivesThePlateBack(@ForAll("plates") VehiclePlate plate) {
        assertThat(plates.parse(plates.format(plate))).isEqualTo(plate);
    }

    @Property
    void arabicLettersAndDigitsReadAsTheSamePlateAsLatin(@ForAll("plates") VehiclePlate plate) {
        String arabicDigits = plate.number().chars().map(c -> '\u0660' + (c - '0'))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String spacedLetters = plate.lettersArabic().chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));

        assertThat(plates.parse(spacedLetters + " " + arabicDigits)).isEqualTo(plate);
    }

    @Provide
    Arbitrary<VehiclePlate> plates() {
        return Combinators.combine(Arbitraries.integers().between(1, 99_999), Arbitraries.of(ARABIC).list().ofMinSize(1).ofMaxSize(2))
                .as((number, letters) -> {
                    String arabic = letters.stream().map(String::valueOf).collect(Collectors.joining());
                    String latin = letters.stream().map(c -> String.valueOf(OmanPlateLetters.DEFAULT.latinOf(c))).collect(Collectors.joining());
                    return new VehiclePlate(GccState.OM, Integer.toString(number), arabic, latin, null, null);
                });
    }
}
