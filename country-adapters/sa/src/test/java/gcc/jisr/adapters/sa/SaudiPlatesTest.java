package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaudiPlatesTest {

    private static final VehiclePlate ABJ_1234 = new VehiclePlate(GccState.SA, "1234", "ابح", "ABJ", "private", null);

    private final SaudiPlates plates = new SaudiPlates();

    @ParameterizedTest
    @ValueSource(strings = {"ا ب ح 1234", "ابح 1234", "ABJ 1234", "abj1234", "A B J - 1234", "1234 ABJ", "١٢٣٤ ا ب ح",
            "ا ب ح ۱۲۳۴", "أ ب ح ١٢٣٤", "ابح-1234", "ABJ\u00A01234", "\u200Fا ب ح\u200F 1234"})
    void readsArabicOrLatinLettersAndDigitsOfAnyScriptAsOnePlate(String typed) {
        assertThat(plates.parse(typed)).isEqualTo(ABJ_1234);
    }

    @Test
    void mapsEachOfTheSeventeenLettersToItsOfficialLatinEquivalent() {
        String arabic = "ابحدرسصطعقكلمنهوى";
        String latin = "ABJDRSXTEGKLZNHUV";
        for (int i = 0; i < arabic.length(); i++) {
            String a = String.valueOf(arabic.charAt(i)).repeat(3);
            String l = String.valueOf(latin.charAt(i)).repeat(3);
            assertThat(plates.parse(a + " 7").lettersLatin()).as(a).isEqualTo(l);
            assertThat(plates.parse(l + " 7").lettersArabic()).as(l).isEqualTo(a);
        }
    }

    @Test
    void readsKeyboardVariantsAsThePlateLetter() {
        assertThat(plates.parse("ي ة إ 5").lettersArabic()).isEqualTo("ىها");
        assertThat(plates.parse("ي ة إ 5").lettersLatin()).isEqualTo("VHA");
    }

    @Test
    void writesArabicLettersThenNumberAndTheLatinSide() {
        assertThat(plates.format(ABJ_1234)).isEqualTo("ا ب ح 1234");
        assertThat(plates.formatLatin(ABJ_1234)).isEqualTo("ABJ 1234");
    }

    @Test
    void dropsLeadingZerosThePlatesDoNotPrint() {
        assertThat(plates.parse("ABJ 0012").number()).isEqualTo("12");
    }

    @Test
    void readsPlateAsPrivateWithoutRegion() {
        VehiclePlate plate = plates.parse("ZNH 9");
        assertThat(plate.category()).isEqualTo(SaudiPlates.PRIVATE);
        assertThat(plate.region()).isNull();
        assertThat(plate.lettersArabic()).isEqualTo("منه");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABJ 12345", "ا ب ح ١٢٣٤٥"})
    void refusesMoreThanFourDigits(String typed) {
        assertRule(typed, "number");
    }

    @Test
    void refusesNumberZero() {
        assertRule("ABJ 0000", "number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 1234", "ABJD 1234", "ا ب 12", "ا ب ح د 12", "1234"})
    void refusesOtherThanThreeLetters(String typed) {
        assertRule(typed, "letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABQ 1234", "ABC 1234", "ا ب ف 1234", "ا ب ت 1234", "ABÉ 12"})
    void refusesLettersOutsideTheSeventeen(String typed) {
        assertRule(typed, "letters");
    }

    @Test
    void refusesArabicAndLatinLettersMixed() {
        assertRule("اBJ 1234", "letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 1234 J", "ABJ", "", "ABJ 12/34"})
    void refusesOtherShapes(String typed) {
        assertRule(typed, "format");
    }

    @Property
    void formattedPlatesReadBackUnchanged(@ForAll("saudiPlates") VehiclePlate plate) {
        assertThat(plates.parse(plates.format(plate))).isEqualTo(plate);
        assertThat(plates.parse(plates.formatLatin(plate))).isEqualTo(plate);
    }

    @Provide
    Arbitrary<VehiclePlate> saudiPlates() {
        Arbitrary<Integer> letter = Arbitraries.integers().between(0, 16);
        return Combinators.combine(Arbitraries.integers().between(1, 9999), letter, letter, letter)
                .as((number, a, b, c) -> new VehiclePlate(GccState.SA, Integer.toString(number),
                        "" + SaudiPlates.ARABIC_LETTERS.charAt(a) + SaudiPlates.ARABIC_LETTERS.charAt(b) + SaudiPlates.ARABIC_LETTERS.charAt(c),
                        "" + SaudiPlates.LATIN_LETTERS.charAt(a) + SaudiPlates.LATIN_LETTERS.charAt(b) + SaudiPlates.LATIN_LETTERS.charAt(c),
                        SaudiPlates.PRIVATE, null));
    }

    private void assertRule(String typed, String rule) {
        assertThatThrownBy(() -> plates.parse(typed))
                .isInstanceOf(InvalidPlateException.class)
                .satisfies(e -> assertThat(((InvalidPlateException) e).violations().get(0).reason()).startsWith(rule + ":"));
    }
}
