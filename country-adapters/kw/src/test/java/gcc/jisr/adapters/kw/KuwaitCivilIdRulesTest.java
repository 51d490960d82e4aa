package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.contracts.GccState;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KuwaitCivilIdRulesTest {

    private final KuwaitCivilIdRules rules = new KuwaitCivilIdRules(Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));

    // Check digits worked by hand: 2·2+8·1+5·6+0·3+1·7+0·9+1·10+0·5+0·8+0·4+1·2 = 61; 61 mod 11 = 6; 11−6 = 5.
    @ParameterizedTest
    @ValueSource(strings = {"285010100015", "290071500211", "278110203104", "301042045126"})
    void acceptsCivilIdsWithTheirCheckDigit(String civilId) {
        assertThat(rules.parse(civilId).value()).isEqualTo(civilId);
        assertThat(rules.parse(civilId).issuingState()).isEqualTo(GccState.KW);
    }

    @Test
    void acceptsArabicIndicAndEasternArabicIndicDigitsWithSeparators() {
        assertThat(rules.parse("٢٨٥٠١٠١٠٠٠١٥").value()).isEqualTo("285010100015");
        assertThat(rules.parse("۲۸۵۰۱۰۱۰۰۰۱۵").value()).isEqualTo("285010100015");
        assertThat(rules.parse("2 850101 0001-5").value()).isEqualTo("285010100015");
    }

    @ParameterizedTest(name = "{0} breaks the {1} rule")
    @CsvSource({
            "285010100016, check-digit",
            "28501010001, length",
            "2850101000150, length",
            "485010100015, century",
            "285023000015, birth-date",
            "285130100015, birth-date",
            "330010100015, birth-date",
            "28501O100015, digits",
    })
    void refusesNamingTheRuleThatFailed(String civilId, String rule) {
        assertThatThrownBy(() -> rules.parse(civilId))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .hasMessageNotContaining(civilId);
    }

    @Test
    void refusesSerialsWhoseCheckDigitWouldBeTenOrEleven() {
        // About two serials in eleven leave a remainder whose check digit would be 10 or 11: PACI skips them.
        String firstEleven = null;
        for (int serial = 0; serial < 10_000 && firstEleven == null; serial++) {
            String candidate = "2850101" + "%04d".formatted(serial);
            if (KuwaitCivilIdRules.checkDigit(candidate) == null) {
                firstEleven = candidate;
            }
        }
        assertThat(firstEleven).isNotNull();
        for (int digit = 0; digit <= 9; digit++) {
            String civilId = firstEleven + digit;
            assertThatThrownBy(() -> rules.parse(civilId)).isInstanceOf(InvalidCivilIdException.class);
        }
    }

    @Property
    void everyIssuableNumberIsAcceptedAndAnyOtherLastDigitRefused(@ForAll @IntRange(min = 0, max = 20000) int dayOffset,
                                                                  @ForAll @IntRange(min = 0, max = 9999) int serial) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(dayOffset);
        String firstEleven = (birth.getYear() >= 2000 ? "3" : "2")
                + "%02d%02d%02d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth()) + "%04d".formatted(serial);
        Integer check = KuwaitCivilIdRules.checkDigit(firstEleven);
        for (int digit = 0; digit <= 9; digit++) {
            String civilId = firstEleven + digit;
            if (check != null && check == digit) {
                assertThat(rules.parse(civilId).value()).isEqualTo(civilId);
            } else {
                assertThatThrownBy(() -> rules.parse(civilId)).isInstanceOf(InvalidCivilIdException.class);
            }
        }
    }
}
