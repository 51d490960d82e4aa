package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QatarIdRulesTest {

    /** 15 January 2025 in Doha. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), QatarAdapter.ZONE);
    private static final QatarIdRules RULES = new QatarIdRules(CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {
            "28563401234",
            "2 85 634 01234",
            "285-634-01234",
            "٢٨٥٦٣٤٠١٢٣٤",
            "۲۸۵ ۶۳۴ ۰۱۲۳۴",
            "٢٨٥-634-۰۱۲۳۴"})
    void readsEveryDigitScriptAndGroupingAsTheSameCanonicalQid(String typed) {
        CivilId id = RULES.parse(typed);

        assertThat(id.issuingState()).isEqualTo(GccState.QA);
        assertThat(id.value()).isEqualTo("28563401234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"28563401234", "26368201234", "27878401234", "29041401234", "30004801234", "31051201234",
            "29535601234", "28852401234", "30505000001"})
    void acceptsCitizensOfEveryGccStateAndResidentsOfListedNationalities(String qid) {
        assertThat(RULES.parse(qid).value()).isEqualTo(qid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2856340123", "285634012345", "", "634"})
    void refusesQidOfWrongLength(String typed) {
        assertRefused(typed, "length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18563401234", "48563401234", "08563401234"})
    void refusesCenturyDigitOtherThanTwoOrThree(String typed) {
        assertRefused(typed, "century");
    }

    @Test
    void refusesBirthYearInTheFuture() {
        assertRefused("32663401234", "birth-year");
    }

    @Test
    void acceptsBirthYearOfThisYear() {
        assertThat(RULES.parse("32563401234").value()).isEqualTo("32563401234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"28599901234", "28500001234", "28563501234"})
    void refusesNationalityThatIsNoKnownIsoNumericCode(String typed) {
        assertRefused(typed, "nationality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2856340123A", "285.634.01234", "285/634/01234"})
    void refusesCharactersThatAreNeitherDigitsNorSeparators(String typed) {
        assertRefused(typed, "digits");
    }

    @Test
    void acceptsSerialTypoBecauseTheQidHasNoCheckDigit() {
        assertThat(RULES.parse("28563401243").value()).isEqualTo("28563401243");
    }

    @Test
    void neverEchoesTheQidInItsError() {
        InvalidCivilIdException e = catchThrowableOfType(InvalidCivilIdException.class, () -> RULES.parse("28599901234"));

        assertThat(e.getMessage()).doesNotContain("28599901234").doesNotContain("01234");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.reason()).doesNotContain("01234"));
    }

    @Test
    void buildsQidFromItsParts() {
        assertThat(QatarIdRules.qid(1985, "634", 1234)).isEqualTo("28563401234");
        assertThat(QatarIdRules.qid(2003, "050", 99_999)).isEqualTo("30305099999");
    }

    private static void assertRefused(String typed, String rule) {
        InvalidCivilIdException e = catchThrowableOfType(InvalidCivilIdException.class, () -> RULES.parse(typed));
        assertThat(e).as("refused " + typed).isNotNull();
        assertThat(e.rule()).isEqualTo(rule);
    }
}
