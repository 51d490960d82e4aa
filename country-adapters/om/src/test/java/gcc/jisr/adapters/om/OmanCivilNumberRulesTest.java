package gcc.jisr.adapters.om;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OmanCivilNumberRulesTest {

    private final OmanCivilNumberRules rules = new OmanCivilNumberRules();

    @ParameterizedTest
    @ValueSource(strings = {"4231567", "٤٢٣١٥٦٧", "۴۲۳۱۵۶۷", "4231-567", " 4 231 567 ", "04231567", "٠٠٤٢٣١٥٦٧", "0000-4231567"})
    void readsTheSameCivilNumberInEveryScriptWithOrWithoutLeadingZeros(String typed) {
        assertThat(rules.parse(typed)).isEqualTo(new CivilId(GccState.OM, "4231567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "316502", "14873920", "99999999"})
    void acceptsOneToEightSignificantDigits(String typed) {
        assertThat(rules.parse(typed).value()).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource({"123456789, length", "'', length", "' - ', length", "0, zero", "00000000, zero", "4231567A, digits",
            "'4231567/1', digits", "12.345, digits"})
    void refusesCivilNumbersBreakingTheRules(String typed, String rule) {
        assertThatThrownBy(() -> rules.parse(typed))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).startsWith("OM civil ID").doesNotContain("123456789");
                });
    }
}
