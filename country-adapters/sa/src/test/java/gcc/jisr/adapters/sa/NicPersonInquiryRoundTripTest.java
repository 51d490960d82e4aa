package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.dates.HijriDates;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NicPersonInquiryRoundTripTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final NicPersonInquiryFormat format = new NicPersonInquiryFormat();

    @Property
    void personWrittenInNicFormatIsReadBackWithoutLoss(@ForAll("persons") NicPerson written) {
        CivilId id = new SaudiNationalId().parse(written.idNumber());

        RegistryAnswer answer = format.read(id, 200, format.answer(written), TODAY);

        RegisteredPerson person = answer.person().orElseThrow();
        assertThat(person.fullNameArabic()).isEqualTo(written.nameArabic().fullName());
        assertThat(person.fullNameLatin()).isEqualTo(written.nameLatin() == null ? null : written.nameLatin().fullName());
        assertThat(person.dateOfBirth()).isEqualTo(written.birthDate().date());
        assertThat(person.dateOfBirthHijri()).isEqualTo(hijriOf(written.birthDate()));
        assertThat(person.sex()).isEqualTo(written.gender() == 'M' ? Sex.MALE : Sex.FEMALE);
        assertThat(person.nationality()).isEqualTo(written.nationalityCode());
        assertThat(answer.cardExpiry()).contains(written.cardExpiry().date());
        assertThat(answer.cardExpiryHijri().orElse(null)).isEqualTo(hijriOf(written.cardExpiry()));
        CardStatus registry = written.cardStatus().canonical();
        assertThat(answer.cardStatus()).isEqualTo(RegistryAnswer.effectiveStatus(registry, written.cardExpiry().date(), TODAY));
    }

    private static String hijriOf(NicDate date) {
        return date.calendar() == NicDate.Calendar.HIJRI ? HijriDates.canonical(date.date()) : null;
    }

    @Provide
    Arbitrary<NicPerson> persons() {
        Arbitrary<String> arabicWord = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(2).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<String> latinWord = Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(12).map(s -> "Al-" + s);
        Arbitrary<NicDate> date = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .flatMap(d -> Arbitraries.of(NicDate.Calendar.values()).map(c -> new NicDate(c, d)));
        Arbitrary<String> idNumber = Arbitraries.integers().between(0, 99_999_999).flatMap(serial -> Arbitraries.of('1', '2')
                .map(holder -> SaudiNationalId.complete(holder + "%08d".formatted(serial))));
        Arbitrary<String[]> nationality = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(3), arabicWord)
                .as((code, arabic) -> new String[]{code, arabic});
        return Combinators.combine(idNumber, name(arabicWord), name(latinWord).injectNull(0.2), Arbitraries.of('M', 'F'),
                        nationality, date, Arbitraries.of(NicCardStatus.values()), date)
                .as((id, arabic, latin, gender, nat, birth, status, expiry) ->
                        new NicPerson(id, arabic, latin, gender, nat[0], nat[1], birth, status, expiry));
    }

    private static Arbitrary<NicName> name(Arbitrary<String> word) {
        return Combinators.combine(word, word, word.injectNull(0.3), word)
                .as(NicName::new);
    }
}
