package gcc.jisr.adapters.ae;

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

class IcpRegistryFormatPropertiesTest {

    private final IcpRegistryFormat format = new IcpRegistryFormat();

    @Property
    void identityWrittenInIcpFormatReadsBackWithoutLoss(@ForAll("identities") IcpIdentity identity) {
        LocalDate today = LocalDate.of(2025, 1, 15);

        RegistryAnswer answer = format.read(new CivilId(GccState.AE, identity.idn()), 200, format.answer(identity), today);

        assertThat(answer.person()).contains(identity.toRegisteredPerson());
        assertThat(answer.cardExpiry()).contains(identity.cardExpiry());
        assertThat(answer.cardStatus())
                .isEqualTo(RegistryAnswer.effectiveStatus(identity.cardStatus().canonical(), identity.cardExpiry(), today));
    }

    @Provide
    Arbitrary<IcpIdentity> identities() {
        Arbitrary<String> idns = Arbitraries.integers().between(1900, 2025).flatMap(year -> Arbitraries.integers()
                .between(0, 9_999_999).map(serial -> {
                    String first = "784" + year + "%07d".formatted(serial);
                    return first + EmiratesIdRules.luhnCheckDigit(first);
                }));
        Arbitrary<String> arabicNames = Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars(' ', 'ـ', '\u064E')
                .ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank()).injectNull(0.1);
        Arbitrary<String> latinNames = Arbitraries.strings().alpha().withChars(' ', '-', '\'', '=', 'é', ',', '"')
                .ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank()).injectNull(0.1);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        return Combinators.combine(idns, arabicNames, latinNames, dates, Arbitraries.of(Sex.class),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(3), Arbitraries.of(IcpCardStatus.class), dates)
                .as(IcpIdentity::new);
    }
}
