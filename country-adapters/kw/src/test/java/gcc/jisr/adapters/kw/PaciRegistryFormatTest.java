package gcc.jisr.adapters.kw;

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
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaciRegistryFormatTest {

    private static final CivilId CIVIL_ID = new CivilId(GccState.KW, "285010100015");
    private final PaciRegistryFormat format = new PaciRegistryFormat();

    @Test
    void asksForThePersonByCivilNumber() {
        RegistryCall call = format.lookup(CIVIL_ID);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.pathAndQuery()).isEqualTo("/paci/civil-registry/v2/persons/285010100015");
        assertThat(call.headers()).containsEntry("Accept", "application/xml");
    }

    @Test
    void readsTheGoldenAnswerIntoCanonicalTerms() throws IOException {
        RegistryAnswer answer = format.read(CIVIL_ID, 200, golden("paci-person-inquiry-active.xml"), LocalDate.of(2026, 11, 23));
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2029, 6, 30));
        assertThat(answer.cardExpiryHijri()).isEmpty();
        RegisteredPerson person = answer.person().orElseThrow();
        assertThat(person.fullNameArabic()).isEqualTo("مُحَمَّد عبدالله أحمد الصباح");
        assertThat(person.fullNameLatin()).isEqualTo("Mohammed Abdullah Ahmad Al-Sabah");
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(person.sex()).isEqualTo(Sex.MALE);
        assertThat(person.nationality()).isEqualTo("KWT");
    }

    @Test
    void anActiveCardPastItsExpiryIsExpired() throws IOException {
        RegistryAnswer answer = format.read(CIVIL_ID, 200, golden("paci-person-inquiry-active.xml"), LocalDate.of(2029, 7, 1));
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void anActiveCardIsValidOnItsExpiryDay() throws IOException {
        RegistryAnswer answer = format.read(CIVIL_ID, 200, golden("paci-person-inquiry-active.xml"), LocalDate.of(2029, 6, 30));
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void readsPaciStatusesIntoCanonicalStatuses() {
        assertThat(PaciRegistryFormat.cardStatus("CANCELLED")).isEqualTo(CardStatus.REVOKED);
        assertThat(PaciRegistryFormat.cardStatus("SUSPENDED")).isEqualTo(CardStatus.SUSPENDED);
        assertThat(PaciRegistryFormat.cardStatus("EXPIRED")).isEqualTo(CardStatus.EXPIRED);
        assertThatThrownBy(() -> PaciRegistryFormat.cardStatus("LOST")).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void aNotFoundAnswerIsNotFound() {
        assertThat(format.read(CIVIL_ID, 404, "<Error/>".getBytes(), LocalDate.now()).cardStatus()).isEqualTo(CardStatus.NOT_FOUND);
    }

    @Test
    void refusesAnImpossibleDateInsteadOfRollingItOver() throws IOException {
        assertThatThrownBy(() -> format.read(CIVIL_ID, 200, golden("paci-person-inquiry-impossible-date.xml"), LocalDate.now()))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("BirthDate");
    }

    @Test
    void refusesADtdInTheRegistryAnswer() throws IOException {
        assertThatThrownBy(() -> format.read(CIVIL_ID, 200, golden("paci-with-dtd.xml"), LocalDate.now()))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnAnswerAboutAnotherPerson() throws IOException {
        CivilId other = new CivilId(GccState.KW, "290071500211");
        assertThatThrownBy(() -> format.read(other, 200, golden("paci-person-inquiry-active.xml"), LocalDate.now()))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("another civil number");
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = PaciRegistryFormatTest.class.getResourceAsStream("/golden/" + name)) {
            return in.readAllBytes();
        }
    }
}
