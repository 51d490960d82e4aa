package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden answers under src/test/resources/bh were captured from the CIO simulator on 23 November 2026. */
class CioRegistryFormatTest {

    private static final LocalDate CAPTURED = LocalDate.of(2026, 11, 23);
    private static final CivilId VALID = new CivilId(GccState.BH, "850300010");

    private final CioRegistryFormat format = new CioRegistryFormat();

    @Test
    void readsEveryFieldOfAGoldenAnswer() throws IOException {
        RegistryAnswer answer = format.read(VALID, 200, golden("cio-answer-valid.txt"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2029, 6, 30));
        assertThat(answer.cardExpiryHijri()).isEmpty();
        assertThat(answer.person()).contains(new RegisteredPerson("محمد عبدالله أحمد الدوسري", "Mohamed Abdulla Ahmed Al Dossary",
                LocalDate.of(1985, 3, 14), null, Sex.MALE, "BHR"));
    }

    @Test
    void countsColumnsInCharactersNotBytes() throws IOException {
        byte[] body = golden("cio-answer-valid.txt");
        String text = new String(body, StandardCharsets.UTF_8);

        // The Arabic name takes more bytes than characters; the Latin name is still read from column 113.
        assertThat(body.length).isGreaterThan(text.length());
        assertThat(text.codePointCount(0, text.length())).isEqualTo(192 + 2);
        assertThat(format.read(VALID, 200, body, CAPTURED).person().orElseThrow().fullNameLatin())
                .isEqualTo("Mohamed Abdulla Ahmed Al Dossary");
    }

    @Test
    void readsAResidentRegisteredWithoutArabicName() throws IOException {
        RegistryAnswer answer = format.read(new CivilId(GccState.BH, "710469128"), 200, golden("cio-answer-resident-latin-only.txt"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2027, 4, 30));
        assertThat(answer.person()).contains(new RegisteredPerson(null, "James Edward Clarke", LocalDate.of(1971, 4, 27), null,
                Sex.MALE, "GBR"));
    }

    @Test
    void readsTheGoldenNoRecordAnswerAsNotFound() throws IOException {
        assertThat(format.read(new CivilId(GccState.BH, "990990028"), 200, golden("cio-answer-not-found.txt"), CAPTURED))
                .isEqualTo(RegistryAnswer.notFound());
    }

    @Test
    void aCardInForcePastItsExpiryIsExpired() throws IOException {
        RegistryAnswer answer = format.read(VALID, 200, golden("cio-answer-valid.txt"), LocalDate.of(2029, 7, 1));

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void asksWithOneInquiryRecordPosted() {
        RegistryCall call = format.lookup(VALID);

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.pathAndQuery()).isEqualTo("/cio/cpr/v1/inquiry");
        assertThat(call.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(new String(call.body(), StandardCharsets.US_ASCII)).isEqualTo("CPRQ850300010JISR    \r\n");
        assertThat(CioRegistryFormat.cprOfInquiry(call.body())).isEqualTo("850300010");
    }

    @Test
    void refusesAnAnswerForAnotherCpr() throws IOException {
        assertProtocolError(format, new CivilId(GccState.BH, "850300029"), golden("cio-answer-valid.txt"), "another CPR");
    }

    @Test
    void refusesARecordOfTheWrongWidth() throws IOException {
        String text = new String(golden("cio-answer-valid.txt"), StandardCharsets.UTF_8);
        byte[] shorter = (text.substring(0, 150) + text.substring(151)).getBytes(StandardCharsets.UTF_8);

        assertProtocolError(format, VALID, shorter, "192 characters wide");
    }

    @Test
    void refusesFieldsThatBreakTheLayout() {
        CprRecord good = new CprRecord("850300010", "محمد", "Mohamed", LocalDate.of(1985, 3, 14), Sex.MALE, "BHR",
                CioCardStatus.IN_FORCE, LocalDate.of(2029, 6, 30));
        String line = new String(CioRegistryFormat.found(good), StandardCharsets.UTF_8);

        assertProtocolError(format, VALID, replace(line, 12, "19850230"), "date of birth");
        assertProtocolError(format, VALID, replace(line, 20, "X"), "sex");
        assertProtocolError(format, VALID, replace(line, 21, "bh1"), "nationality");
        assertProtocolError(format, VALID, replace(line, 24, "Z"), "card status");
        assertProtocolError(format, VALID, replace(line, 1, "42"), "reply code");
        assertProtocolError(format, VALID, (line + line).getBytes(StandardCharsets.UTF_8), "one record");
        assertProtocolError(format, VALID, new byte[]{(byte) 0xC3, 0x28}, "UTF-8");
    }

    @Test
    void reportsARefusedInquiryWithItsReason() {
        assertProtocolError(format, VALID, CioRegistryFormat.refused("inquiry record not readable"), "not readable");
    }

    @Test
    void refusesAnAnswerThatIsNotHttp200() {
        assertThatThrownBy(() -> format.read(VALID, 503, new byte[0], CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("503");
    }

    @Test
    void neverTruncatesANameThatDoesNotFit() {
        CprRecord tooLong = new CprRecord("850300010", "م".repeat(81), "M", LocalDate.of(1985, 3, 14), Sex.MALE, "BHR",
                CioCardStatus.IN_FORCE, LocalDate.of(2029, 6, 30));

        assertThatThrownBy(() -> CioRegistryFormat.found(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("80 characters");
        assertThat(CioRegistryFormat.found(new CprRecord("850300010", "م".repeat(80), null, LocalDate.of(1985, 3, 14), Sex.MALE,
                "BHR", CioCardStatus.IN_FORCE, LocalDate.of(2029, 6, 30)))).hasSize(2 * 80 + 112 + 2);
    }

    @Test
    void refusesInquiriesTheRegisterCouldNotRead() {
        assertThatThrownBy(() -> CioRegistryFormat.cprOfInquiry("CPRX850300010JISR    \r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RegistryFormatException.class);
        assertThatThrownBy(() -> CioRegistryFormat.cprOfInquiry("CPRQ85030001AJISR    \r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RegistryFormatException.class);
    }

    private static byte[] replace(String line, int column, String value) {
        return (line.substring(0, column - 1) + value + line.substring(column - 1 + value.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProtocolError(CioRegistryFormat format, CivilId cpr, byte[] body, String message) {
        assertThatThrownBy(() -> format.read(cpr, 200, body, CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining(message);
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = CioRegistryFormatTest.class.getResourceAsStream("/bh/" + name)) {
            return Optional.ofNullable(in).orElseThrow(() -> new IOException("missing golden file " + name)).readAllBytes();
        }
    }
}
