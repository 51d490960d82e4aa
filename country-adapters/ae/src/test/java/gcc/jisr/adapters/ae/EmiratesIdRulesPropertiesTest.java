package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.InvalidCivilIdException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static gcc.jisr.adapters.ae.EmiratesIdRulesTest.withLuhn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmiratesIdRulesPropertiesTest {

    /** 15 January 2025 in Dubai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), EmiratesAdapter.ZONE);
    private static final EmiratesIdRules RULES = new EmiratesIdRules(CLOCK);

    @Property
    void acceptsEveryIdWithItsLuhnDigit(@ForAll @IntRange(min = 1900, max = 2025) int birthYear,
                                        @ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
        String id = withLuhn("784" + birthYear + "%07d".formatted(serial));

        assertThat(RULES.parse(id).value()).isEqualTo(id);
    }

    @Property
    void refusesEverySingleDigitTypingError(@ForAll("validIds") String id, @ForAll @IntRange(min = 0, max = 14) int position,
                                            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char wrong = (char) ('0' + (id.charAt(position) - '0' + shift) % 10);
        String typo = id.substring(0, position) + wrong + id.substring(position + 1);

        assertThatThrownBy(() -> RULES.parse(typo)).isInstanceOf(InvalidCivilIdException.class);
    }

    @Property
    void anyMixOfScriptsAndSeparatorsNormalizesToTheSameId(@ForAll("validIds") String id, @ForAll("scripts") List<Integer> scripts,
                                                          @ForAll("separators") List<String> separators) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char ascii = id.charAt(i);
            typed.append(switch (scripts.get(i)) {
                case 1 -> (char) ('\u0660' + (ascii - '0'));
                case 2 -> (char) ('\u06F0' + (ascii - '0'));
                default -> ascii;
            });
            typed.append(separators.get(i));
        }

        assertThat(RULES.parse(typed.toString()).value()).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> validIds() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2025), Arbitraries.integers().between(0, 9_999_999))
                .as((year, serial) -> withLuhn("784" + year + "%07d".formatted(serial)));
    }

    @Provide
    Arbitrary<List<Integer>> scripts() {
        return Arbitraries.integers().between(0, 2).list().ofSize(15);
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("", "", "", " ", "-", "\u00A0").list().ofSize(15);
    }
}
