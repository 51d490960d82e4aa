package gcc.jisr.adapters.om;

import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OmanPlatesTest {

    private static final VehiclePlate PLATE_12345_AR = new VehiclePlate(GccState.OM, "12345", "أر", "AR", null, null);

    private final OmanPlates plates = new OmanPlates();

    @ParameterizedTest
    @ValueSource(strings = {"12345 AR", "12345 ar", "12345 A R", "١٢٣٤٥ أ ر", "۱۲۳۴۵ ار", "AR 12345", "أر-١٢٣٤٥", "12345/إر",
            "012345 AR", "12345 أ R"})
    void readsOnePlateWrittenInManyWays(String written) {
        assertThat(plates.parse(written)).isEqualTo(PLATE_12345_AR);
    }

    @Test
    void readsASingleLetterAndVariantArabicLetterForms() {
        assertThat(plates.parse("7 هـ")).isEqualTo(new VehiclePlate(GccState.OM, "7", "ه", "H", null, null));
        assertThat(plates.parse("٩٩ ى")).isEqualTo(new VehiclePlate(GccState.OM, "99", "ي", "Y", null, null));
    }

    @ParameterizedTest
    @CsvSource({"'123456 AR', length", "'0 AR', range", "'12345 ABC', letters", "'12345 Q', letters", "'12345 ع', letters",
            "'12345', format", "'AR', format", "'12 A 34', format", "'', format"})
    void refusesPlatesBreakingTheRules(String written, String rule) {
        assertThatThrownBy(() -> plates.parse(written))
                .isInstanceOfSatisfying(InvalidPlateException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.reason()).startsWith(rule + ":")));
    }

    @Test
    void anOperatorCanConfigureTheLetterTable() {
        OmanPlates withAin = new OmanPlates(new OmanPlateLetters(Map.of('ع', 'E', 'أ', 'A')));

        assertThat(withAin.parse("123 ع أ")).isEqualTo(new VehiclePlate(GccState.OM, "123", "عأ", "EA", null, null));
        assertThatThrownBy(() -> withAin.parse("123 B")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> new OmanPlateLetters(Map.of('ا', 'A', 'أ', 'E'))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OmanPlateLetters(Map.of('ب', 'b'))).isInstanceOf(IllegalArgumentException.class);
    }
}
