package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaudiNationalIdTest {

    private static final String CITIZEN = "1012345672";
    private static final String RESIDENT = "2345678904";

    private final SaudiNationalId rules = new SaudiNationalId();

    @Test
    void acceptsCitizenNationalId() {
        CivilId id = rules.parse(CITIZEN);
        assertThat(id).isEqualTo(new CivilId(GccState.SA, CITIZEN));
        assertThat(SaudiNationalId.holder(id)).isEqualTo(SaudiNationalId.Holder.CITIZEN);
    }

    @Test
    void acceptsResidentIqama() {
        CivilId id = rules.parse(RESIDENT);
        assertThat(id.value()).isEqualTo(RESIDENT);
        assertThat(SaudiNationalId.holder(id)).isEqualTo(SaudiNationalId.Holder.RESIDENT);
    }

    @Test
    void computesTheLuhnDigitOverTheFirstNine() {
        assertThat(SaudiNationalId.checkDigit("100000000")).isEqualTo(8);
        assertThat(SaudiNationalId.complete("101234567")).isEqualTo(CITIZEN);
        assertThat(SaudiNationalId.complete("234567890")).isEqualTo(RESIDENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1012345672", "١٠١٢٣٤٥٦٧٢", "۱۰۱۲۳۴۵۶۷۲", "101 234 5672", "1-0123-45672", " ١٠١ ٢٣٤ ٥٦٧٢ ", "1012-۳۴۵-٦٧٢"})
    void readsDigitsOfEveryScriptWithSpacesAndDashesAsTheSameId(String typed) {
        assertThat(rules.parse(typed).value()).isEqualTo(CITIZEN);
    }

    @Test
    void refusesIqamaWithWrongLuhnDigit() {
        assertThatThrownBy(() -> rules.parse("2345678905"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> {
                    assertThat(e.rule()).isEqualTo("check-digit");
                    assertThat(e.error()).isEqualTo(JisrError.INVALID_CIVIL_ID);
                    assertThat(e.getMessage()).doesNotContain("2345678905");
                });
    }

    @Test
    void refusesNationalIdWithSwappedDigits() {
        assertThatThrownBy(() -> rules.parse("1021345672"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("check-digit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3012345679", "0012345673", "9012345675"})
    void refusesFirstDigitOtherThanOneOrTwo(String id) {
        assertThatThrownBy(() -> rules.parse(id))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> {
                    assertThat(e.rule()).isEqualTo("prefix");
                    assertThat(e.getMessage()).contains("citizen", "Iqama");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"101234567", "10123456720", "", "1"})
    void refusesWrongLength(String id) {
        assertThatThrownBy(() -> rules.parse(id))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10123456O2", "1012345672x", "1012/345672", "١٠١٢٣٤٥٦٧ب"})
    void refusesCharactersThatAreNeitherDigitsNorSeparators(String id) {
        assertThatThrownBy(() -> rules.parse(id))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("digits"));
    }

    @Property
    void everyCompletedNumberIsAccepted(@ForAll @IntRange(min = 1, max = 2) int holder,
                                        @ForAll @NumericChars @StringLength(8) String serial) {
        String id = SaudiNationalId.complete(holder + serial);
        assertThat(rules.parse(id).value()).isEqualTo(id);
    }

    @Property
    void anySingleMistypedDigitIsRefused(@ForAll @NumericChars @StringLength(8) String serial,
                                         @ForAll @IntRange(min = 1, max = 9) int position,
                                         @ForAll @IntRange(min = 1, max = 9) int shift) {
        String id = SaudiNationalId.complete("1" + serial);
        char[] typed = id.toCharArray();
        typed[position] = (char) ('0' + (typed[position] - '0' + shift) % 10);
        // Luhn catches every single-digit error: the mistyped number must never pass.
        assertThatThrownBy(() -> rules.parse(new String(typed)))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("check-digit"));
    }
}
