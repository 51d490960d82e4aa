package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EmiratesPlatesTest {

    private final EmiratesPlates plates = new EmiratesPlates();

    @Test
    void readsDubaiLetterCodePlate() {
        assertThat(plates.parse("DXB AA 12345"))
                .isEqualTo(new VehiclePlate(GccState.AE, "12345", null, "AA", "AA", "DXB"));
    }

    @Test
    void readsAbuDhabiNumericCodeWithoutLetters() {
        assertThat(plates.parse("Abu Dhabi 16 4567"))
                .isEqualTo(new VehiclePlate(GccState.AE, "4567", null, null, "16", "AD"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "دبي A ١٢٣|DXB|A|123",
            "أبو ظبي ٠١ ۵|AD|1|5",
            "ابوظبي-1-5|AD|1|5",
            "AUH 1 5|AD|1|5",
            "رأس الخيمة K 77|RAK|K|77",
            "Ras Al Khaimah k 77|RAK|K|77",
            "ras-al-khaimah/K/077|RAK|K|77",
            "الشارقة ٣ ٩٩٩٩٩|SHJ|3|99999",
            "Umm Al Quwain B 4|UAQ|B|4",
            "dubai b 7|DXB|B|7"})
    void readsEmirateByCodeOrNameInEitherScriptAndDigitsOfAnyScript(String written, String emirate, String code, String number) {
        VehiclePlate plate = plates.parse(written);

        assertThat(plate.region()).isEqualTo(emirate);
        assertThat(plate.category()).isEqualTo(code);
        assertThat(plate.number()).isEqualTo(number);
    }

    @Test
    void refusesUnknownEmirate() {
        assertRule(() -> plates.parse("DOHA A 123"), "emirate");
    }

    @Test
    void refusesLetterCodeOnAbuDhabiPlate() {
        assertRule(() -> plates.parse("AD A 123"), "code");
    }

    @Test
    void refusesAbuDhabiCodeBeyondFifty() {
        assertRule(() -> plates.parse("AD 51 123"), "code");
    }

    @Test
    void refusesTwoLetterCodeWhereTheEmirateIssuesOne() {
        assertRule(() -> plates.parse("FUJ AB 123"), "code");
    }

    @Test
    void refusesSixDigitNumber() {
        assertRule(() -> plates.parse("DXB A 123456"), "format");
    }

    @Test
    void refusesPlateWithoutCode() {
        assertRule(() -> plates.parse("DXB 12345"), "format");
    }

    @Test
    void refusesNumberZero() {
        assertRule(() -> plates.parse("DXB A 00"), "range");
    }

    @Test
    void operatorCanConfigureTheCodesAnEmirateIssues() {
        Map<Emirate, PlateCodeScheme> codes = new EnumMap<>(EmiratesPlates.DEFAULT_CODES);
        codes.put(Emirate.SHJ, PlateCodeScheme.letters("[A-Z]"));
        EmiratesPlates configured = new EmiratesPlates(codes);

        assertThat(configured.parse("SHJ C 42").lettersLatin()).isEqualTo("C");
        assertRule(() -> plates.parse("SHJ C 42"), "code");
    }

    @Test
    void refusesConfigurationThatForgetsAnEmirate() {
        assertThatThrownBy(() -> new EmiratesPlates(Map.of(Emirate.DXB, PlateCodeScheme.letters("[A-Z]"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        InvalidPlateException e = catchThrowableOfType(InvalidPlateException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.reason()).startsWith(rule + ":"));
    }
}
