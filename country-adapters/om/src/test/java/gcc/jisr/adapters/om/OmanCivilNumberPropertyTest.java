package gcc.jisr.adapters.om;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class OmanCivilNumberPropertyTest {

    private final OmanCivilNumberRules rules = new OmanCivilNumberRules();

    @Property
    void everyScriptPaddingAndGroupingGivesOneCanonicalNumber(@ForAll @IntRange(min = 1, max = 99_999_999) int number,
                                                              @ForAll @IntRange(min = 0, max = 4) int leadingZeros,
                                                              @ForAll("zeros") char zero, @ForAll("separators") String separator) {
        String ascii = "0".repeat(leadingZeros) + number;
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                typed.append(separator);
            }
            typed.append((char) (zero + (ascii.charAt(i) - '0')));
        }

        assertThat(rules.parse(typed.toString()).value()).isEqualTo(Integer.toString(number));
    }

    @Provide
    Arbitrary<Character> zeros() {
        return Arbitraries.of('0', '\u0660', '\u06F0');
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", "\u00A0");
    }
}
