package gcc.jisr.adapters.sa;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.dates.InvalidDateException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import gcc.jisr.contracts.errors.JisrError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NicPersonInquiryFormatTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final CivilId CITIZEN = new CivilId(GccState.SA, "1012345672");
    private static final CivilId RESIDENT = new CivilId(GccState.SA, "2345678904");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NicPersonInquiryFormat format = new NicPersonInquiryFormat();

    @Test
    void asksForNationalIdWithPostedJson() throws IOException {
        RegistryCall call = format.lookup(CITIZEN);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.pathAndQuery()).isEqualTo("/nic/person-inquiry/v1");
        assertThat(call.contentType()).isEqualTo("application/json");
        assertThat(call.headers()).containsEntry("Accept", "application/json");
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree(golden("person-inquiry-request.json")));
    }

    @Test
    void asksForIqamaAsIqama() throws IOException {
        assertThat(JSON.readTree(format.lookup(RESIDENT).body()).get("idType").textValue()).isEqualTo("IQAMA");
    }

    @Test
    void readsCitizenAnswerWithHijriDates() {
        RegistryAnswer answer = format.read(CITIZEN, 200, golden("person-inquiry-citizen.json"), TODAY);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2028, 5, 25));
        assertThat(answer.cardExpiryHijri()).contains("1450-01-01");
        RegisteredPerson person = answer.person().orElseThrow();
        assertThat(person.fullNameArabic()).isEqualTo("محمد عبدالله أحمد القحطاني");
        assertThat(person.fullNameLatin()).isEqualTo("Mohammed Abdullah Ahmad Al-Qahtani");
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 2));
        assertThat(person.dateOfBirthHijri()).isEqualTo("1405-04-10");
        assertThat(person.sex()).isEqualTo(Sex.MALE);
        assertThat(person.nationality()).isEqualTo("SAU");
    }

    @Test
    void readsResidentAnswerWithGregorianBirthAndHijriExpiryAsExpired() {
        RegistryAnswer answer = format.read(RESIDENT, 200, golden("person-inquiry-resident.json"), TODAY);

        // The registry still says "active" (1), but 1 Dhu al-Hijjah 1447 (2026-05-18) has passed.
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.EXPIRED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2026, 5, 18));
        assertThat(answer.cardExpiryHijri()).contains("1447-12-01");
        RegisteredPerson person = answer.person().orElseThrow();
        assertThat(person.fullNameArabic()).isEqualTo("محمود حسن عبدالفتاح");
        assertThat(person.fullNameLatin()).isEqualTo("Mahmoud Hassan Abdel Fattah");
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(1979, 5, 14));
        assertThat(person.dateOfBirthHijri()).isNull();
        assertThat(person.sex()).isEqualTo(Sex.MALE);
        assertThat(person.nationality()).isEqualTo("EGY");
    }

    @Test
    void readsNotFoundResponseCode() {
        assertThat(format.read(CITIZEN, 200, golden("person-inquiry-not-found.json"), TODAY)).isEqualTo(RegistryAnswer.notFound());
    }

    @Test
    void writesExactlyTheGoldenAnswers() throws IOException {
        NicPerson citizen = new NicPerson(CITIZEN.value(),
                new NicName("محمد", "عبدالله", "أحمد", "القحطاني"), new NicName("Mohammed", "Abdullah", "Ahmad", "Al-Qahtani"),
                'M', "SAU", "سعودي", NicDate.hijri(LocalDate.of(1985, 1, 2)), NicCardStatus.ACTIVE,
                NicDate.hijri(LocalDate.of(2028, 5, 25)));
        NicPerson resident = new NicPerson(RESIDENT.value(),
                new NicName("محمود", "حسن", null, "عبدالفتاح"), new NicName("Mahmoud", "Hassan", null, "Abdel Fattah"),
                'M', "EGY", "مصري", NicDate.gregorian(LocalDate.of(1979, 5, 14)), NicCardStatus.ACTIVE,
                NicDate.hijri(LocalDate.of(2026, 5, 18)));
        assertThat(JSON.readTree(format.answer(citizen))).isEqualTo(JSON.readTree(golden("person-inquiry-citizen.json")));
        assertThat(JSON.readTree(format.answer(resident))).isEqualTo(JSON.readTree(golden("person-inquiry-resident.json")));
        assertThat(JSON.readTree(format.notFound())).isEqualTo(JSON.readTree(golden("person-inquiry-not-found.json")));
    }

    @Test
    void mapsEveryRegistryStatusCode() {
        assertThat(statusFor(1)).isEqualTo(CardStatus.VALID);
        assertThat(statusFor(2)).isEqualTo(CardStatus.EXPIRED);
        assertThat(statusFor(3)).isEqualTo(CardStatus.REVOKED);
        assertThat(statusFor(4)).isEqualTo(CardStatus.SUSPENDED);
        assertThatThrownBy(() -> statusFor(5)).isInstanceOf(RegistryFormatException.class).hasMessageContaining("status code 5");
    }

    @Test
    void refusesImpossibleHijriBirthDateNamingTheField() {
        // Sha'ban 1445 has 29 days: a registry that sends day 30 is not rolled into Ramadan.
        String body = citizen().replace("1405/04/10", "1445/08/30");
        assertThatThrownBy(() -> read(CITIZEN, body))
                .isInstanceOfSatisfying(RegistryFormatException.class, e -> {
                    assertThat(e.error()).isEqualTo(JisrError.REGISTRY_PROTOCOL);
                    assertThat(e.getMessage()).contains("person.birthDate.date", "day");
                    assertThat(e.getCause()).isInstanceOf(InvalidDateException.class);
                });
    }

    @Test
    void refusesDateWithoutCalendarMarker() {
        String body = citizen().replace("\"calendar\" : \"HIJRI\",\n      \"date\" : \"1405/04/10\"", "\"date\" : \"1405/04/10\"");
        assertThat(body).isNotEqualTo(citizen());
        assertThatThrownBy(() -> read(CITIZEN, body)).isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining("person.birthDate.calendar");
    }

    @Test
    void refusesUnknownCalendar() {
        String body = citizen().replaceFirst("\"HIJRI\"", "\"JULIAN\"");
        assertThatThrownBy(() -> read(CITIZEN, body)).isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining("HIJRI or GREGORIAN");
    }

    @Test
    void refusesHijriDateMarkedGregorian() {
        String body = citizen().replaceFirst("\"HIJRI\"", "\"GREGORIAN\"");
        assertThatThrownBy(() -> read(CITIZEN, body)).isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining("format");
    }

    @Test
    void refusesAnswerForAnotherIdNumber() {
        assertThatThrownBy(() -> format.read(new CivilId(GccState.SA, "1000000008"), 200, golden("person-inquiry-citizen.json"), TODAY))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("another identity number");
    }

    @Test
    void refusesIdTypeThatContradictsTheNumber() {
        assertThatThrownBy(() -> read(CITIZEN, citizen().replace("\"NIN\"", "\"IQAMA\"")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("idType");
    }

    @Test
    void refusesStatusCodeSentAsText() {
        assertThatThrownBy(() -> read(CITIZEN, citizen().replace("\"statusCode\" : 1", "\"statusCode\" : \"1\"")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("statusCode");
    }

    @Test
    void refusesUnknownGenderAndNonIsoNationality() {
        assertThatThrownBy(() -> read(CITIZEN, citizen().replace("\"gender\" : \"M\"", "\"gender\" : \"X\"")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("gender");
        assertThatThrownBy(() -> read(CITIZEN, citizen().replace("\"SAU\"", "\"113\"")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("alpha-3");
    }

    @Test
    void refusesMissingArabicName() {
        String body = citizen().replace("\"ar\" :", "\"fr\" :");
        assertThatThrownBy(() -> read(CITIZEN, body)).isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining("person.name.ar");
    }

    @Test
    void readsRecordWithoutLatinName() {
        String body = citizen().replace("\"en\" :", "\"x-other\" :");
        assertThat(read(CITIZEN, body).person().orElseThrow().fullNameLatin()).isNull();
    }

    @Test
    void ignoresMembersItDoesNotKnow() {
        String body = citizen().replace("\"gender\" : \"M\",", "\"gender\" : \"M\", \"placeOfBirth\" : \"الرياض\",");
        assertThat(read(CITIZEN, body).cardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void refusesDuplicateMembersAndTrailingContent() {
        assertThatThrownBy(() -> read(CITIZEN, citizen().replace("\"gender\" : \"M\",", "\"gender\" : \"M\", \"gender\" : \"F\",")))
                .isInstanceOf(RegistryFormatException.class);
        assertThatThrownBy(() -> read(CITIZEN, citizen() + "{}")).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesMalformedJsonWithoutEchoingIt() {
        assertThatThrownBy(() -> read(CITIZEN, "{\"responseCode\": 1012345672"))
                .isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageNotContaining("1012345672");
        assertThatThrownBy(() -> format.read(CITIZEN, 200, new byte[0], TODAY)).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesDeeplyNestedAnswer() {
        String body = "{\"responseCode\":\"0000\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> read(CITIZEN, body)).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesOtherResponseCodesAndHttpStatuses() {
        assertThatThrownBy(() -> format.read(CITIZEN, 200, format.badRequest("no"), TODAY))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("1400");
        assertThatThrownBy(() -> format.read(CITIZEN, 503, golden("person-inquiry-citizen.json"), TODAY))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void readsInquiryAsTheRegistryDoes() {
        assertThat(format.readInquiry(format.lookup(RESIDENT).body())).isEqualTo(RESIDENT.value());
        assertThatThrownBy(() -> format.readInquiry("{\"idNumber\":\"2345678904\",\"idType\":\"NIN\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("idType");
        assertThatThrownBy(() -> format.readInquiry("{\"idNumber\":\"12345\",\"idType\":\"NIN\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("10 digits");
        assertThatThrownBy(() -> format.readInquiry("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void operatorCanChangePathAndDatePatterns() {
        NicPersonInquiryFormat dayFirst = new NicPersonInquiryFormat("/yakeen/v2/inquiry", "dd/MM/yyyy", "dd/MM/yyyy");
        assertThat(dayFirst.lookup(CITIZEN).pathAndQuery()).isEqualTo("/yakeen/v2/inquiry");
        String body = citizen().replace("1405/04/10", "10/04/1405").replace("1450/01/01", "01/01/1450");
        RegistryAnswer answer = dayFirst.read(CITIZEN, 200, body.getBytes(StandardCharsets.UTF_8), TODAY);
        assertThat(answer.person().orElseThrow().dateOfBirthHijri()).isEqualTo("1405-04-10");
        assertThat(answer.cardExpiryHijri()).isEqualTo(Optional.of("1450-01-01"));
    }

    private CardStatus statusFor(int code) {
        return read(CITIZEN, citizen().replace("\"statusCode\" : 1", "\"statusCode\" : " + code)).cardStatus();
    }

    private RegistryAnswer read(CivilId id, String body) {
        return format.read(id, 200, body.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    private static String citizen() {
        return new String(golden("person-inquiry-citizen.json"), StandardCharsets.UTF_8);
    }

    static byte[] golden(String name) {
        try (InputStream in = NicPersonInquiryFormatTest.class.getResourceAsStream("/nic/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
