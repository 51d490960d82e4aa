package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.CivilId;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CprCheckDigitPropertyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), BahrainAdapter.ZONE);
    private final BahrainCprRules rules = new BahrainCprRules(CLOCK, CprCheckDigit.WEIGHTED_MOD_11);

    @Property
    void everyIssuableCprReadsTheSameInAllDigitScripts(@ForAll("cprs") String cpr, @ForAll("separators") String separator) {
        String grouped = cpr.substring(0, 4) + separator + cpr.substring(4, 8) + separator + cpr.substring(8);
        CivilId expected = rules.parse(cpr);

        assertThat(rules.parse(inScript(grouped, '\u0660'))).isEqualTo(expected);
        assertThat(rules.parse(inScript(grouped, '\u06F0'))).isEqualTo(expected);
        assertThat(expected.value()).isEqualTo(cpr);
    }

    @Property
    void anySingleMistypedDigitIsRefused(@ForAll("cprs") String cpr, @ForAll @IntRange(min = 0, max = 8) int position,
                                         @ForAll @IntRange(min = 1, max = 9) int shift) {
        char wrong = (char) ('0' + (cpr.charAt(position) - '0' + shift) % 10);
        String typo = cpr.substring(0, position) + wrong + cpr.substring(position + 1);

        InvalidCivilIdException refused = catchThrowableOfType(() -> rules.parse(typo), InvalidCivilIdException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.rule()).isIn("check-digit", "birth-month");
    }

    @Property
    void anySwapOfTwoDifferentNeighbouringDigitsIsRefused(@ForAll("cprs") String cpr, @ForAll @IntRange(min = 0, max = 7) int position) {
        char[] digits = cpr.toCharArray();
        char a = digits[position];
        digits[position] = digits[position + 1];
        digits[position + 1] = a;
        String swapped = new String(digits);
        if (swapped.equals(cpr)) {
            return;
        }

        assertThat(catchThrowableOfType(() -> rules.parse(swapped), InvalidCivilIdException.class)).isNotNull();
    }

    @Provide
    Arbitrary<String> cprs() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(0, 9999))
                .as((yy, mm, serial) -> CprCheckDigit.WEIGHTED_MOD_11.complete("%02d%02d%04d".formatted(yy, mm, serial)))
                .filter(java.util.Optional::isPresent)
                .map(java.util.Optional::get);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", " - ", "\u00A0");
    }

    private static String inScript(String ascii, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }
}
