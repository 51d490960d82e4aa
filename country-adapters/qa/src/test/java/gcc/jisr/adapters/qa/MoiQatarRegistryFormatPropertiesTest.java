package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.Sex;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MoiQatarRegistryFormatPropertiesTest {

    private final MoiQatarRegistryFormat format = new MoiQatarRegistryFormat();

    @Property
    void personWrittenAsMoiCsvReadsBackWithoutLoss(@ForAll("persons") MoiPerson person) {
        LocalDate today = LocalDate.of(2025, 1, 15);

        RegistryAnswer answer = format.read(new CivilId(GccState.QA, person.qid()), 200, format.answer(person), today);

        String alpha3 = QidNationalities.byNumeric(person.nationalityNumeric()).orElseThrow().alpha3();
        assertThat(answer.person()).contains(person.toRegisteredPerson(alpha3));
        assertThat(answer.cardExpiry()).contains(person.expiry());
        assertThat(answer.cardStatus()).isEqualTo(RegistryAnswer.effectiveStatus(person.status().canonical(), person.expiry(), today));
    }

    @Provide
    Arbitrary<MoiPerson> persons() {
        Arbitrary<QidNationalities.Nationality> nationalities = Arbitraries.of(QidNationalities.all());
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        // Names with the characters CSV must quote: commas (passport-style names), double quotes, line breaks.
        Arbitrary<String> arabicNames = Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars(' ', '،', ',', '"')
                .ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank()).injectNull(0.1);
        Arbitrary<String> latinNames = Arbitraries.strings().alpha().withChars(' ', ',', '"', '\'', '-', '\n', '\r', 'é')
                .ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank()).injectNull(0.1);
        return Combinators.combine(dates, nationalities, Arbitraries.integers().between(0, 99_999), arabicNames, latinNames,
                        Arbitraries.of(Sex.class), Arbitraries.of(QidStatus.class), dates)
                .as((birth, nationality, serial, arabic, latin, sex, status, expiry) -> new MoiPerson(
                        QatarIdRules.qid(birth.getYear(), nationality.numeric(), serial), arabic, latin, birth, sex,
                        nationality.numeric(), status, expiry));
    }
}
