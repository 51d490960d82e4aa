package gcc.jisr.adapters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalDigitsTest {

    @Test
    void readsDigitsOfAllThreeScriptsWithSeparators() {
        assertThat(NationalDigits.digitsOnly("285 0101-00015")).isEqualTo("285010100015");
        assertThat(NationalDigits.digitsOnly("٢٨٥٠١٠١٠٠٠١٥")).isEqualTo("285010100015");
        assertThat(NationalDigits.digitsOnly("۲۸۵۰۱۰۱۰۰۰۱۵")).isEqualTo("285010100015");
        assertThat(NationalDigits.digitsOnly("٢٨٥ ٠١٠١-۰۰۰۱5")).isEqualTo("285010100015");
    }

    @Test
    void refusesLettersNamingTheirPosition() {
        assertThatThrownBy(() -> NationalDigits.digitsOnly("28501A100015"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("character 6");
    }

    @Test
    void masksAllButTheFirstFourAndLastDigit() {
        assertThat(CivilIdMask.mask("285010100015")).isEqualTo("2850*******5");
        assertThat(CivilIdMask.mask("1234")).isEqualTo("****");
    }
}
