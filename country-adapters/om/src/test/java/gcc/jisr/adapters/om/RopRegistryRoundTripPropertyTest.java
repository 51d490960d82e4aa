package gcc.jisr.adapters.om;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegisteredPerson;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RopRegistryRoundTripPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final RopRegistryFormat format = new RopRegistryFormat();

    @Property
    void aPersonWrittenAsARopReplyIsReadBackWhole(@ForAll("records") RopPersonRecord record) {
        RegistryAnswer answer = format.read(new CivilId(GccState.OM, record.civilNumber()), 200, RopRegistryFormat.found(record), TODAY);

        assertThat(answer.person()).contains(new RegisteredPerson(record.nameArabic(), record.nameLatin(), record.birthDate(), null,
                record.sex(), record.nationality()));
        assertThat(answer.cardExpiry()).contains(record.cardExpiry());
        assertThat(answer.cardStatus())
                .isEqualTo(RegistryAnswer.effectiveStatus(record.cardStatus().canonical(), record.cardExpiry(), TODAY));
    }

    @Provide
    Arbitrary<RopPersonRecord> records() {
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(
                        Arbitraries.integers().between(1, 99_999_999).map(String::valueOf),
                        name(Arbitraries.chars().range('\u0621', '\u064A')).injectNull(0.1),
                        name(Arbitraries.chars().alpha().with('\'', '-', '&', '<', '"')).injectNull(0.1),
                        dates,
                        Arbitraries.of(Sex.class),
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                        Arbitraries.of(RopCardStatus.class),
                        dates)
                .as(RopPersonRecord::new);
    }

    /** Words separated by single spaces, as registers hold full names. */
    private static Arbitrary<String> name(Arbitrary<Character> letters) {
        Arbitrary<String> word = letters.list().ofMinSize(1).ofMaxSize(12)
                .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
        return word.list().ofMinSize(1).ofMaxSize(7).map(words -> String.join(" ", words));
    }
}
