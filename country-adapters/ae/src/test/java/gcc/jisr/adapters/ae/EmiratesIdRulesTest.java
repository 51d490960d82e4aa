package gcc.jisr.adapters.ae;

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

class EmiratesIdRulesTest {

    /** 15 January 2025 in Dubai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), EmiratesAdapter.ZONE);
    private static final EmiratesIdRules RULES = new EmiratesIdRules(CLOCK);
    /** The specimen number printed on ICP's sample card; its Luhn digit is right. */
    private static final String SPECIMEN = "784196865703050";

    @ParameterizedTest
    @ValueSource(strings = {
            "784-1968-6570305-0",
            "784196865703050",
            " 784 1968 6570305 0 ",
            "٧٨٤-١٩٦٨-٦٥٧٠٣٠٥-٠",
            "۷۸۴ ۱۹۶۸ ۶۵۷۰۳۰۵ ۰",
            "٧٨٤١٩٦٨6570305-۰"})
    void readsEveryDigitScriptAndGroupingAsTheSameCanonicalId(String typed) {
        CivilId id = RULES.parse(typed);

        assertThat(id.issuingState()).isEqualTo(GccState.AE);
        assertThat(id.value()).isEqualTo(SPECIMEN);
    }

    @Test
    void refusesIdWithWrongLuhnDigit() {
        assertRefused("784-1968-6570305-1", "check-digit");
    }

    @Test
    void refusesTransposedSerialDigits() {
        assertRefused("784-1968-6570350-0", "check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"78419686570305", "7841968657030500", "", "784"})
    void refusesIdOfWrongLength(String typed) {
        assertRefused(typed, "length");
    }

    @Test
    void refusesIdNotStartingWithTheUaeCountryCode() {
        assertRefused(withLuhn("78519686570305"), "prefix");
    }

    @Test
    void refusesBirthYearInTheFuture() {
        assertRefused(withLuhn("78420266570305"), "birth-year");
    }

    @Test
    void acceptsBirthYearOfThisYear() {
        assertThat(RULES.parse(withLuhn("78420256570305")).value()).startsWith("7842025");
    }

    @Test
    void refusesBirthYearBefore1900() {
        assertRefused(withLuhn("78418996570305"), "birth-year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"784-1968-657O305-0", "784/1968/6570305/0", "784.1968.6570305.0"})
    void refusesCharactersThatAreNeitherDigitsNorSeparators(String typed) {
        assertRefused(typed, "digits");
    }

    @Test
    void neverEchoesTheIdInItsError() {
        InvalidCivilIdException e = catchThrowableOfType(InvalidCivilIdException.class, () -> RULES.parse("784196865703051"));

        assertThat(e.getMessage()).doesNotContain("784196865703051").doesNotContain("6570305");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.reason()).doesNotContain("6570305"));
    }

    @Test
    void printsTheCardsDashedForm() {
        assertThat(EmiratesIdRules.printedForm(SPECIMEN)).isEqualTo("784-1968-6570305-0");
    }

    static String withLuhn(String firstFourteen) {
        return firstFourteen + EmiratesIdRules.luhnCheckDigit(firstFourteen);
    }

    private static void assertRefused(String typed, String rule) {
        InvalidCivilIdException e = catchThrowableOfType(InvalidCivilIdException.class, () -> RULES.parse(typed));
        assertThat(e).as("refused " + typed).isNotNull();
        assertThat(e.rule()).isEqualTo(rule);
    }
}
