package gcc.jisr.gateway.problems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogMaskingTest {

    @Test
    void aCivilIdInAnyDigitScriptIsMasked() {
        assertThat(LogMasking.mask("unexpected token '288011501017' at 1:14")).isEqualTo("unexpected token '2880*******7' at 1:14");
        assertThat(LogMasking.mask("رقم ٢٨٨٠١١٥٠١٠١٧")).isEqualTo("رقم 2880*******7");
        assertThat(LogMasking.mask("id=288011501017&x")).isEqualTo("id=2880*******7&x");
    }

    @Test
    void messageIdsAndCertificateSerialsStayWholeForOperatorsToSearch() {
        String messageId = "01a24a17-5816-72f7-beb2-520966796656";
        String serial = "3FDEEE6ACA204518B5E8FA642AA62AB76A478A48";
        String text = "message " + messageId + " signed with certificate " + serial + " (civil ID 288011501017)";

        assertThat(LogMasking.mask(text)).isEqualTo("message " + messageId + " signed with certificate " + serial
                + " (civil ID 2880*******7)");
    }

    @Test
    void digitsGluedToHexLettersAreNotTakenForAnIdentifierUnlessTheyMakeALongHexString() {
        assertThat(LogMasking.mask("288011501017abcdef")).isEqualTo("2880*******7abcdef");
        assertThat(LogMasking.mask("a288011501017")).isEqualTo("a2880*******7");
        // All digits: never an identifier, however long.
        assertThat(LogMasking.mask("0123456789012345678901234567890123456789")).startsWith("0123***");
    }

    @Test
    void nothingIsAddedToTextWithoutDigitsOrToNull() {
        assertThat(LogMasking.mask("no digits here")).isEqualTo("no digits here");
        assertThat(LogMasking.mask(null)).isNull();
    }
}
