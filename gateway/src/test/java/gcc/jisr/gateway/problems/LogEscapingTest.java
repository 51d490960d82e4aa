package gcc.jisr.gateway.problems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogEscapingTest {

    @Test
    void lineBreaksAndOtherControlsBecomeVisibleEscapes() {
        assertThat(LogEscaping.escape("omar\r\naction=ROUTE_STOP\tx\u0000\u001B[31m\u0085"))
                .isEqualTo("omar\\r\\naction=ROUTE_STOP\\tx\\u0000\\u001B[31m\\u0085");
    }

    @Test
    void bidiControlsCannotReorderWhatAnOperatorReads() {
        assertThat(LogEscaping.escape("admin\u202Etxt.exe\u2066\u2069\u200E\u200F\u061C\u2028"))
                .isEqualTo("admin\\u202Etxt.exe\\u2066\\u2069\\u200E\\u200F\\u061C\\u2028");
    }

    @Test
    void aBackslashIsDoubledSoThatTextCannotPassForAnEscape() {
        assertThat(LogEscaping.escape("a\\nb")).isEqualTo("a\\\\nb");
    }

    @Test
    void arabicNamesAndPlainTextAreLeftAsTheyAre() {
        String plain = "عمر operator-1 (KW)";
        assertThat(LogEscaping.escape(plain)).isSameAs(plain);
        assertThat(LogEscaping.escape(null)).isNull();
    }
}
