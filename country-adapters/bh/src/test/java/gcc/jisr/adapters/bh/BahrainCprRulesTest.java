package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BahrainCprRulesTest {

    /** 23 November 2026, 01:30 in Bahrain (still 22 November in UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T22:30:00Z"), BahrainAdapter.ZONE);
    private static final String VALID = "850300010";

    private final BahrainCprRules rules = new BahrainCprRules(CLOCK, CprCheckDigit.WEIGHTED_MOD_11);

    @ParameterizedTest
    @ValueSource(strings = {"850300010", "٨٥٠٣٠٠٠١٠", "۸۵۰۳۰۰۰۱۰", "8503-0001-0", " 850 300 010 ", "٨٥٠٣ ٠٠٠١ ٠", "۸۵۰۳-۰۰۰۱-۰"})
    void readsTheSameCprInEveryDigitScriptAndGrouping(String typed) {
        assertThat(rules.parse(typed)).isEqualTo(new CivilId(GccState.BH, VALID));
    }

    @Test
    void refusesCprWithWrongCheckDigit() {
        assertRefused("850300011", "check-digit");
    }

    @Test
    void refusesCprWhoseSerialHasNoValidCheckDigit() {
        // One prefix in eleven would need a check digit of 10: no ninth digit may complete it.
        String noCheck = null;
        for (int serial = 0; serial < 10_000 && noCheck == null; serial++) {
            String firstEight = "8503%04d".formatted(serial);
            if (CprCheckDigit.WEIGHTED_MOD_11.complete(firstEight).isEmpty()) {
                noCheck = firstEight;
            }
        }
        assertThat(noCheck).isNotNull();
        for (int digit = 0; digit <= 9; digit++) {
            assertRefused(noCheck + digit, "check-digit");
        }
    }

    @ParameterizedTest
    @CsvSource({"85030001, length", "8503000100, length", "'', length", "85030001O, digits", "8503.0001.0, digits"})
    void refusesCprBreakingTheShapeRules(String typed, String rule) {
        assertRefused(typed, rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"850000010", "851300010", "859900010"})
    void refusesCprWithoutAMonthOfBirth(String typed) {
        assertRefused(typed, "birth-month");
    }

    @Test
    void neverEchoesTheFullCprInTheError() {
        assertThatThrownBy(() -> rules.parse("850300011"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("850300011");
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.reason()).doesNotContain("850300011"));
                });
    }

    @Test
    void resolvesTheCenturyOfBirthAsOfTodayInBahrain() {
        assertThat(rules.birthMonth(rules.parse(VALID))).isEqualTo(YearMonth.of(1985, 3));
        assertThat(BahrainCprRules.birthMonth("261100000", CLOCK.instant().atZone(BahrainAdapter.ZONE).toLocalDate()))
                .isEqualTo(YearMonth.of(2026, 11));
        assertThat(BahrainCprRules.birthMonth("261200000", CLOCK.instant().atZone(BahrainAdapter.ZONE).toLocalDate()))
                .isEqualTo(YearMonth.of(1926, 12));
    }

    @Test
    void anOperatorCanSwitchOffTheAssumedCheckDigit() {
        BahrainCprRules unchecked = new BahrainCprRules(CLOCK, CprCheckDigit.named("unchecked"));

        assertThat(unchecked.parse("850300011").value()).isEqualTo("850300011");
        assertThatThrownBy(() -> unchecked.parse("851300011"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("birth-month"));
    }

    @Test
    void anOperatorCanPlugInAnotherCheckDigitScheme() {
        CprCheckDigit lastDigitIsSeven = new CprCheckDigit() {
            @Override
            public String name() {
                return "sevens";
            }

            @Override
            public boolean matches(String nineDigits) {
                return nineDigits.charAt(8) == '7';
            }

            @Override
            public java.util.Optional<String> complete(String firstEight) {
                return java.util.Optional.of(firstEight + "7");
            }
        };
        BahrainCprRules rules = new BahrainCprRules(CLOCK, lastDigitIsSeven);

        assertThat(rules.parse("850300017").value()).isEqualTo("850300017");
        assertThatThrownBy(() -> rules.parse(VALID)).isInstanceOf(InvalidCivilIdException.class)
                .hasMessageContaining("sevens");
    }

    @Test
    void theServiceLoadedAdapterTakesItsCheckDigitSchemeFromASystemProperty() {
        String before = System.getProperty(CprCheckDigit.SETTING);
        try {
            System.setProperty(CprCheckDigit.SETTING, "unchecked");
            assertThat(new BahrainAdapter().civilIds().parse("850300011").value()).isEqualTo("850300011");
            System.clearProperty(CprCheckDigit.SETTING);
            assertThatThrownBy(() -> new BahrainAdapter().civilIds().parse("850300011")).isInstanceOf(InvalidCivilIdException.class);
            System.setProperty(CprCheckDigit.SETTING, "luhn");
            assertThatThrownBy(BahrainAdapter::new).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(CprCheckDigit.SETTING);
        } finally {
            if (before == null) {
                System.clearProperty(CprCheckDigit.SETTING);
            } else {
                System.setProperty(CprCheckDigit.SETTING, before);
            }
        }
    }

    private void assertRefused(String typed, String rule) {
        assertThatThrownBy(() -> rules.parse(typed))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).startsWith("BH civil ID");
                });
    }
}
