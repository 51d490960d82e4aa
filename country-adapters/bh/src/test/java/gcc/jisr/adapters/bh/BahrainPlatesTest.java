package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BahrainPlatesTest {

    private final BahrainPlates plates = new BahrainPlates();

    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE 123456", "Private 123456", "خصوصي ١٢٣٤٥٦", "١٢٣٤٥٦ خصوصي", "123456-private",
            "خصوصى ۱۲۳۴۵۶", "private/123456", "PRIVATE 0123456"})
    void readsOnePlateWrittenInManyWays(String written) {
        assertThat(plates.parse(written)).isEqualTo(new VehiclePlate(GccState.BH, "123456", null, null, "PRIVATE", null));
    }

    @ParameterizedTest
    @CsvSource({"'أجرة 4021', TAXI", "'اجره 4021', TAXI", "'taxi 4021', TAXI", "'دراجة نارية 4021', MOTORCYCLE",
            "'4021 Motorcycle', MOTORCYCLE", "'Diplomatic 4021', DIPLOMATIC"})
    void readsTheCategoryInArabicOrEnglish(String written, String category) {
        VehiclePlate plate = plates.parse(written);

        assertThat(plate.category()).isEqualTo(category);
        assertThat(plate.number()).isEqualTo("4021");
        assertThat(plate.lettersArabic()).isNull();
    }

    @Test
    void refusesAPlateWithoutCategoryUnlessADefaultIsConfigured() {
        assertThatThrownBy(() -> plates.parse("123456"))
                .isInstanceOf(InvalidPlateException.class).hasMessageContaining("category");

        BahrainPlates privateByDefault = new BahrainPlates(BahrainPlateCategory.DEFAULTS, 6, Optional.of("PRIVATE"));
        assertThat(privateByDefault.parse("١٢٣").category()).isEqualTo("PRIVATE");
    }

    @ParameterizedTest
    @CsvSource({"'PRIVATE 1234567', length", "'PRIVATE 0', range", "'PRIVATE', format", "'LIMOUSINE 12', category",
            "'PRIVATE 12 TAXI', format", "'PRIVATE 12A', format", "'', format"})
    void refusesPlatesBreakingTheRules(String written, String rule) {
        assertThatThrownBy(() -> plates.parse(written))
                .isInstanceOfSatisfying(InvalidPlateException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.reason()).startsWith(rule + ":")));
    }

    @Test
    void anOperatorCanConfigureCategoriesAndLength() {
        BahrainPlates custom = new BahrainPlates(List.of(new BahrainPlateCategory("RENTAL", "تأجير", "Rental")), 7, Optional.empty());

        assertThat(custom.parse("تأجير ١٢٣٤٥٦٧")).isEqualTo(new VehiclePlate(GccState.BH, "1234567", null, null, "RENTAL", null));
        assertThatThrownBy(() -> custom.parse("PRIVATE 1")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> new BahrainPlates(List.of(), 6, Optional.of("PRIVATE"))).isInstanceOf(IllegalArgumentException.class);
    }
}
