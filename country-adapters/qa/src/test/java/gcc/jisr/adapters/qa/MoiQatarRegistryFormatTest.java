package gcc.jisr.adapters.qa;

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

class MoiQatarRegistryFormatTest {

    /** The day the golden answers were captured from the simulator. */
    private static final LocalDate CAPTURED = LocalDate.of(2025, 1, 15);
    private static final String HEADER = "QID,NAME_AR,NAME_EN,DATE_OF_BIRTH,GENDER,NATIONALITY,QID_STATUS,QID_EXPIRY\r\n";
    private static final String VALID_ROW = "28563401234,حمد خليفة جاسم آل ثاني,Hamad Khalifa Jassim Al Thani,14-03-1985,1,634,ACTIVE,30-06-2028\r\n";

    private final MoiQatarRegistryFormat format = new MoiQatarRegistryFormat();

    @Test
    void asksByGetWithTheQidAsQueryParameter() {
        RegistryCall call = format.lookup(id("28563401234"));

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.pathAndQuery()).isEqualTo("/moi/qid-inquiry/v1/persons.csv?qid=28563401234");
        assertThat(call.body()).isNull();
        assertThat(call.headers()).containsEntry("Accept", "text/csv");
    }

    @Test
    void goldenAnswersStartWithByteOrderMarkAndUseCrLf() {
        byte[] body = golden("valid");

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).endsWith("30-06-2028\r\n");
    }

    @Test
    void readsGoldenAnswerOfValidCard() {
        RegistryAnswer answer = format.read(id("28563401234"), 200, golden("valid"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2028, 6, 30));
        assertThat(answer.cardExpiryHijri()).isEmpty();
        assertThat(answer.person()).contains(new RegisteredPerson("حمد خليفة جاسم آل ثاني", "Hamad Khalifa Jassim Al Thani",
                LocalDate.of(1985, 3, 14), null, Sex.MALE, "QAT"));
    }

    @Test
    void readsGoldenActiveCardPastItsExpiryAsExpired() {
        RegistryAnswer answer = format.read(id("29063402345"), 200, golden("expired"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.EXPIRED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2024, 5, 1));
        assertThat(answer.person()).contains(new RegisteredPerson("مريم عبدالله علي الكواري", "Maryam Abdulla Ali Al Kuwari",
                LocalDate.of(1990, 8, 2), null, Sex.FEMALE, "QAT"));
    }

    @Test
    void readsGoldenCancelledCardOfResidentAsRevoked() {
        RegistryAnswer answer = format.read(id("27835603456"), 200, golden("revoked"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.REVOKED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2026, 1, 15));
        assertThat(answer.person()).contains(new RegisteredPerson("أرجون فينود بيلاي", "Arjun Vinod Pillai",
                LocalDate.of(1978, 11, 21), null, Sex.MALE, "IND"));
    }

    @Test
    void readsGoldenCardOnHoldAsSuspendedWithQuotedPassportStyleName() {
        RegistryAnswer answer = format.read(id("30160804567"), 200, golden("suspended"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.SUSPENDED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2027, 1, 15));
        assertThat(answer.person()).contains(new RegisteredPerson("ماريا لويزا ديلا كروز", "DELA CRUZ, MARIA LUISA",
                LocalDate.of(2001, 5, 9), null, Sex.FEMALE, "PHL"));
    }

    @Test
    void readsGoldenHeaderWithoutRowsAsNotFound() {
        assertThat(format.read(id("29963498765"), 200, golden("not-found"), CAPTURED)).isEqualTo(RegistryAnswer.notFound());
    }

    @Test
    void readsAnswerWithoutByteOrderMarkWithUnixLineEndsAndTrailingBlankLine() {
        String body = (HEADER + VALID_ROW).replace("\r\n", "\n") + "\n";

        assertThat(read(body).cardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void findsColumnsByHeaderNameWhateverTheirOrderAndExtraColumns() {
        String body = "QID_EXPIRY,QID_STATUS,PASSPORT_NO,NATIONALITY,GENDER,DATE_OF_BIRTH,NAME_EN,NAME_AR,QID\r\n"
                + "30-06-2028,ACTIVE,P1234567,634,1,14-03-1985,Hamad Khalifa Jassim Al Thani,حمد خليفة جاسم آل ثاني,28563401234\r\n";

        assertThat(read(body).person()).contains(new RegisteredPerson("حمد خليفة جاسم آل ثاني", "Hamad Khalifa Jassim Al Thani",
                LocalDate.of(1985, 3, 14), null, Sex.MALE, "QAT"));
    }

    @Test
    void readsEmptyNameAsAbsent() {
        String body = HEADER + "28563401234,حمد خليفة جاسم آل ثاني,,14-03-1985,1,634,ACTIVE,30-06-2028\r\n";

        assertThat(read(body).person().map(RegisteredPerson::fullNameLatin)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 500, 503})
    void refusesAnyHttpStatusButOk(int status) {
        assertThatThrownBy(() -> format.read(id("28563401234"), status, golden("valid"), CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("HTTP " + status);
    }

    @Test
    void refusesAnswerForAnotherQid() {
        assertThatThrownBy(() -> format.read(id("29063402345"), 200, golden("valid"), CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("another QID");
    }

    @Test
    void refusesTwoRowsForOneQid() {
        assertThatThrownBy(() -> read(HEADER + VALID_ROW + VALID_ROW))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("2 rows");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "30-06-2028\r\n|2028-06-30\r\n",
            "14-03-1985|31-02-1985",
            ",1,634|,M,634",
            "ACTIVE|VALID",
            ",634,|,999,",
            ",634,|,QAT,",
            "ACTIVE,30-06-2028|ACTIVE",
            "Al Thani,|\"Al Thani,",
            "28563401234,|,"})
    void refusesRowThatBreaksTheFormat(String edit) {
        String[] change = edit.split("\\|", -1);

        assertThatThrownBy(() -> read(HEADER + VALID_ROW.replace(change[0], change[1])))
                .isInstanceOf(RegistryFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\r\n", "QID,NAME_AR,NAME_EN,DATE_OF_BIRTH,GENDER,NATIONALITY,QID_STATUS\r\n",
            "QID,QID,NAME_AR,NAME_EN,DATE_OF_BIRTH,GENDER,NATIONALITY,QID_STATUS,QID_EXPIRY\r\n"})
    void refusesAnswerWithoutItsHeader(String header) {
        assertThatThrownBy(() -> read(header)).isInstanceOf(RegistryFormatException.class).hasMessageContaining("header");
    }

    @Test
    void refusesAnswerThatIsNotUtf8() {
        byte[] windows1256 = {(byte) 0xC7, (byte) 0xE1, (byte) 0xCB};

        assertThatThrownBy(() -> format.read(id("28563401234"), 200, windows1256, CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void readsTheQidOfAnInquiryItWrote() {
        RegistryCall call = format.lookup(id("28563401234"));
        String query = call.pathAndQuery().substring(call.pathAndQuery().indexOf('?') + 1);

        assertThat(format.inquiredQid(query)).contains("28563401234");
        assertThat(format.inquiredQid("lang=ar")).isEmpty();
        assertThat(format.inquiredQid(null)).isEmpty();
    }

    private RegistryAnswer read(String body) {
        return format.read(id("28563401234"), 200, body.getBytes(StandardCharsets.UTF_8), CAPTURED);
    }

    private static CivilId id(String digits) {
        return new CivilId(GccState.QA, digits);
    }

    static byte[] golden(String name) {
        String resource = "/moi/qid-" + name + ".csv";
        try (InputStream in = MoiQatarRegistryFormatTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
