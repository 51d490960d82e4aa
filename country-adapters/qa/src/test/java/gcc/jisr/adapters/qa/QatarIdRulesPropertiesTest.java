package gcc.jisr.adapters.qa;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QatarIdRulesPropertiesTest {

    private static final QatarIdRules RULES = new QatarIdRules(QatarIdRulesTest.CLOCK);

    @Property
    void acceptsEveryQidOfAListedNationality(@ForAll("qids") String qid) {
        assertThat(RULES.parse(qid).value()).isEqualTo(qid);
    }

    @Property
    void anyMixOfScriptsAndSeparatorsNormalizesToTheSameQid(@ForAll("qids") String qid, @ForAll("scripts") List<Integer> scripts,
                                                           @ForAll("separators") List<String> separators) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < qid.length(); i++) {
            char ascii = qid.charAt(i);
            typed.append(switch (scripts.get(i)) {
                case 1 -> (char) ('\u0660' + (ascii - '0'));
                case 2 -> (char) ('\u06F0' + (ascii - '0'));
                default -> ascii;
            });
            typed.append(separators.get(i));
        }

        assertThat(RULES.parse(typed.toString()).value()).isEqualTo(qid);
    }

    @Provide
    Arbitrary<String> qids() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2025), Arbitraries.of(QidNationalities.all()),
                Arbitraries.integers().between(0, 99_999)).as((year, nationality, serial) -> QatarIdRules.qid(year, nationality.numeric(), serial));
    }

    @Provide
    Arbitrary<List<Integer>> scripts() {
        return Arbitraries.integers().between(0, 2).list().ofSize(11);
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("", "", "", " ", "-", "\u00A0").list().ofSize(11);
    }
}
