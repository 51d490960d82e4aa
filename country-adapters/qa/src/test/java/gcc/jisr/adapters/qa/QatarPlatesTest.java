package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QatarPlatesTest {

    private final QatarPlates plates = new QatarPlates();

    @Test
    void readsBareNumberAsPrivatePlate() {
        assertThat(plates.parse("123456")).isEqualTo(new VehiclePlate(GccState.QA, "123456", null, null, "PRIVATE", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TAXI 12345|TAXI|12345",
            "taxi-12345|TAXI|12345",
            "أجرة ١٢٣٤٥|TAXI|12345",
            "نقل ۴۵۶۷۸|TRANSPORT|45678",
            "دراجة نارية 1234|MOTORCYCLE|1234",
            "Heavy Equipment 77|HEAVY_EQUIPMENT|77",
            "heavy-equipment/77|HEAVY_EQUIPMENT|77",
            "خصوصي ٠٠٠٤٢|PRIVATE|42",
            "  ٩٩٩٩٩٩  |PRIVATE|999999"})
    void readsCategoryInEitherScriptAndDigitsOfAnyScript(String written, String category, String number) {
        VehiclePlate plate = plates.parse(written);

        assertThat(plate.category()).isEqualTo(category);
        assertThat(plate.number()).isEqualTo(number);
        assertThat(plate.region()).isNull();
        assertThat(plate.lettersLatin()).isNull();
    }

    @Test
    void refusesSevenDigitNumber() {
        assertRule(() -> plates.parse("1234567"), "number");
    }

    @Test
    void refusesNumberZero() {
        assertRule(() -> plates.parse("TAXI 000"), "range");
    }

    @Test
    void refusesUnknownCategory() {
        assertRule(() -> plates.parse("AMBULANCE 123"), "category");
    }

    @Test
    void refusesPlateWithoutNumber() {
        assertRule(() -> plates.parse("TAXI"), "format");
    }

    @Test
    void writesPrivatePlateAsBareNumberAndOthersWithTheirCategory() {
        assertThat(plates.format(new VehiclePlate(GccState.QA, "123456", null, null, "PRIVATE", null))).isEqualTo("123456");
        assertThat(plates.format(new VehiclePlate(GccState.QA, "12345", null, null, "TAXI", null))).isEqualTo("TAXI 12345");
    }

    @Test
    void operatorCanConfigureTheNumbersOfEachCategory() {
        Map<QatarPlateCategory, Pattern> numbers = new EnumMap<>(QatarPlateCategory.class);
        for (QatarPlateCategory category : QatarPlateCategory.values()) {
            numbers.put(category, QatarPlates.DEFAULT_NUMBER);
        }
        numbers.put(QatarPlateCategory.MOTORCYCLE, Pattern.compile("[1-9][0-9]{0,4}"));
        QatarPlates configured = new QatarPlates(numbers);

        assertThat(configured.parse("MOTORCYCLE 12345").number()).isEqualTo("12345");
        assertRule(() -> configured.parse("MOTORCYCLE 123456"), "number");
        assertThat(configured.parse("123456").number()).isEqualTo("123456");
    }

    @Test
    void operatorCanConfigureOnePatternForAllCategories() {
        QatarPlates sevenDigits = new QatarPlates(Pattern.compile("[1-9][0-9]{0,6}"));

        assertThat(sevenDigits.parse("1234567").number()).isEqualTo("1234567");
    }

    @Test
    void refusesConfigurationThatForgetsACategory() {
        assertThatThrownBy(() -> new QatarPlates(Map.of(QatarPlateCategory.PRIVATE, QatarPlates.DEFAULT_NUMBER)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRule(ThrowableAssert.ThrowingCallable call, String rule) {
        InvalidPlateException e = catchThrowableOfType(InvalidPlateException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.reason()).startsWith(rule + ":"));
    }
}
