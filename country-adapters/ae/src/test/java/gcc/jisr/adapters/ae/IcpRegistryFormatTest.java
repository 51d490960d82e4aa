package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcpRegistryFormatTest {

    /** The day the golden answers were captured from the simulator. */
    private static final LocalDate CAPTURED = LocalDate.of(2025, 1, 15);

    private final IcpRegistryFormat format = new IcpRegistryFormat();

    @Test
    void asksByFormEncodedPostOfTheBareFifteenDigits() {
        RegistryCall call = format.lookup(id("784198512345673"));

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.pathAndQuery()).isEqualTo("/icp/identity-inquiry/v1");
        assertThat(call.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(new String(call.body(), StandardCharsets.US_ASCII)).isEqualTo("idn=784198512345673");
        assertThat(call.headers()).containsEntry("Accept", "text/plain");
    }

    @Test
    void readsGoldenAnswerOfValidCard() {
        RegistryAnswer answer = format.read(id("784198512345673"), 200, golden("valid"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2028, 6, 30));
        assertThat(answer.cardExpiryHijri()).isEmpty();
        assertThat(answer.person()).contains(new RegisteredPerson("محمد عبدالله أحمد المنصوري",
                "Mohammed Abdulla Ahmed Al Mansoori", LocalDate.of(1985, 3, 14), null, Sex.MALE, "ARE"));
    }

    @Test
    void readsGoldenActiveCardPastItsExpiryAsExpired() {
        RegistryAnswer answer = format.read(id("784199023456785"), 200, golden("expired"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.EXPIRED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2024, 5, 1));
        assertThat(answer.person()).contains(new RegisteredPerson("فاطمة سعيد راشد الكعبي", "Fatima Saeed Rashid Al Kaabi",
                LocalDate.of(1990, 8, 2), null, Sex.FEMALE, "ARE"));
    }

    @Test
    void readsGoldenCancelledCardOfResidentAsRevoked() {
        RegistryAnswer answer = format.read(id("784197834567899"), 200, golden("revoked"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.REVOKED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2026, 1, 15));
        assertThat(answer.person()).contains(new RegisteredPerson("راجيش كومار ناير", "Rajesh Kumar Nair",
                LocalDate.of(1978, 11, 21), null, Sex.MALE, "IND"));
    }

    @Test
    void readsGoldenBlockedCardAsSuspended() {
        RegistryAnswer answer = format.read(id("784200145678908"), 200, golden("suspended"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.SUSPENDED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2027, 1, 15));
        assertThat(answer.person()).contains(new RegisteredPerson("شمة خليفة سلطان الشامسي", "Shamma Khalifa Sultan Al Shamsi",
                LocalDate.of(2001, 5, 9), null, Sex.FEMALE, "ARE"));
    }

    @Test
    void readsGoldenNotRegisteredAnswerAsNotFound() {
        RegistryAnswer answer = format.read(id("784199998765434"), 200, golden("not-found"), CAPTURED);

        assertThat(answer).isEqualTo(RegistryAnswer.notFound());
    }

    @Test
    void readsLostCardAsRevoked() {
        byte[] body = format.answer(identity(IcpCardStatus.LOST, LocalDate.of(2027, 1, 1)));

        assertThat(format.read(id("784198512345673"), 200, body, CAPTURED).cardStatus()).isEqualTo(CardStatus.REVOKED);
    }

    @Test
    void readsWindowsLineEndings() {
        String crlf = new String(golden("valid"), StandardCharsets.UTF_8).replace("\n", "\r\n");

        RegistryAnswer answer = format.read(id("784198512345673"), 200, crlf.getBytes(StandardCharsets.UTF_8), CAPTURED);

        assertThat(answer.person().map(RegisteredPerson::fullNameLatin)).contains("Mohammed Abdulla Ahmed Al Mansoori");
    }

    @Test
    void refusesAnswerForAnotherIdn() {
        assertThatThrownBy(() -> format.read(id("784199023456785"), 200, golden("valid"), CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("another IDN");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 500, 503})
    void refusesAnyHttpStatusButOk(int status) {
        assertThatThrownBy(() -> format.read(id("784198512345673"), status, golden("not-found"), CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("HTTP " + status);
    }

    @Test
    void refusesSystemErrorResponseCode() {
        byte[] body = format.refusal(IcpRegistryFormat.SYSTEM_ERROR, "temporarily unavailable");

        assertThatThrownBy(() -> format.read(id("784198512345673"), 200, body, CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("900");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CardExpiryDate=30/06/2028|CardExpiryDate=2028-06-30",
            "CardExpiryDate=30/06/2028|CardExpiryDate=31/06/2028",
            "CardStatus=ACTIVE|CardStatus=VALID",
            "Gender=M|Gender=Male",
            "Nationality=ARE|Nationality=AE",
            "DateOfBirth=14/03/1985\n|",
            "ResponseCode=000|ResponseCode=000\nResponseCode=000",
            "Gender=M|Gender=M\nthis line has no key"})
    void refusesAnswerThatBreaksTheFormat(String edit) {
        String[] change = edit.split("\\|", -1);
        String body = new String(golden("valid"), StandardCharsets.UTF_8).replace(change[0], change[1]);

        assertThatThrownBy(() -> format.read(id("784198512345673"), 200, body.getBytes(StandardCharsets.UTF_8), CAPTURED))
                .isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesAnswerThatIsNotUtf8() {
        byte[] latin1 = "ResponseCode=000\nFullNameEn=Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> format.read(id("784198512345673"), 200, latin1, CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void keepsEqualsSignsInsideValues() {
        IcpIdentity identity = new IcpIdentity("784198512345673", null, "A=B Smith", LocalDate.of(1985, 3, 14), Sex.MALE,
                "GBR", IcpCardStatus.ACTIVE, LocalDate.of(2027, 1, 1));

        RegistryAnswer answer = format.read(id("784198512345673"), 200, format.answer(identity), CAPTURED);

        assertThat(answer.person().map(RegisteredPerson::fullNameLatin)).contains("A=B Smith");
        assertThat(answer.person().map(RegisteredPerson::fullNameArabic)).isEmpty();
    }

    @Test
    void writerRefusesNameThatWouldBreakTheLine() {
        IcpIdentity identity = new IcpIdentity("784198512345673", "محمد\nResponseCode=101", "Mohammed", LocalDate.of(1985, 3, 14),
                Sex.MALE, "ARE", IcpCardStatus.ACTIVE, LocalDate.of(2027, 1, 1));

        assertThatThrownBy(() -> format.answer(identity)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheIdnOfAnInquiryItWrote() {
        RegistryCall call = format.lookup(id("784198512345673"));

        assertThat(format.inquiredIdn(call.body())).contains("784198512345673");
        assertThat(format.inquiredIdn("lang=ar".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    private static IcpIdentity identity(IcpCardStatus status, LocalDate expiry) {
        return new IcpIdentity("784198512345673", "محمد عبدالله أحمد المنصوري", "Mohammed Abdulla Ahmed Al Mansoori",
                LocalDate.of(1985, 3, 14), Sex.MALE, "ARE", status, expiry);
    }

    private static CivilId id(String digits) {
        return new CivilId(GccState.AE, digits);
    }

    static byte[] golden(String name) {
        String resource = "/icp/identity-inquiry-" + name + ".txt";
        try (InputStream in = IcpRegistryFormatTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
