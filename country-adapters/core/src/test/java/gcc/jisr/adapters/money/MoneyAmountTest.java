package gcc.jisr.adapters.money;

import gcc.jisr.contracts.errors.JisrError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyAmountTest {

    private static final Currency BHD = Currency.getInstance("BHD");
    private static final Currency KWD = Currency.getInstance("KWD");
    private static final Currency OMR = Currency.getInstance("OMR");
    private static final Currency SAR = Currency.getInstance("SAR");
    private static final Currency AED = Currency.getInstance("AED");
    private static final Currency QAR = Currency.getInstance("QAR");

    @ParameterizedTest
    @CsvSource({"KWD,3", "BHD,3", "OMR,3", "SAR,2", "AED,2", "QAR,2"})
    void knowsTheIsoMinorUnitOfEveryGccCurrency(String code, int decimals) {
        assertThat(CurrencyMinorUnits.of(Currency.getInstance(code))).isEqualTo(decimals);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KWD", "BHD", "OMR", "SAR", "AED", "QAR"})
    void runsOnAJdkWhoseCurrencyTableAgreesWithThePinnedMinorUnits(String code) {
        // The table is pinned on purpose; if this fails the JDK (or a currency.properties override) disagrees with
        // ISO 4217 and anything else on this machine that trusts java.util.Currency is wrong for this currency.
        assertThat(Currency.getInstance(code).getDefaultFractionDigits()).isEqualTo(CurrencyMinorUnits.GCC.get(code));
    }

    @Test
    void fallsBackToTheJdkForCurrenciesOutsideTheGcc() {
        assertThat(CurrencyMinorUnits.of(Currency.getInstance("JPY"))).isZero();
        assertThat(CurrencyMinorUnits.of(Currency.getInstance("USD"))).isEqualTo(2);
    }

    @Test
    void refusesACurrencyWithoutMinorUnit() {
        assertThatThrownBy(() -> MoneyAmount.parse("1", Currency.getInstance("XAU")))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("currency"));
    }

    @Test
    void holdsDinarsAtThreeDecimalsAndRiyalsAtTwo() {
        assertThat(MoneyAmount.parse("12.5", BHD).toPlainString()).isEqualTo("12.500");
        assertThat(MoneyAmount.parse("12.5", BHD).minorUnits()).isEqualTo(12_500);
        assertThat(MoneyAmount.parse("12.5", SAR).toPlainString()).isEqualTo("12.50");
        assertThat(MoneyAmount.parse("12.5", SAR).minorUnits()).isEqualTo(1_250);
        assertThat(MoneyAmount.parse("7", KWD).amount()).isEqualTo(new BigDecimal("7.000"));
    }

    @Test
    void readsArabicIndicDigitsWithTheArabicDecimalSeparator() {
        MoneyAmount ascii = MoneyAmount.parse("1250.750", OMR);
        assertThat(MoneyAmount.parse("١٢٥٠٫٧٥٠", OMR)).isEqualTo(ascii);
        assertThat(MoneyAmount.parse("۱۲۵۰٫۷۵", OMR)).isEqualTo(ascii);
        assertThat(MoneyAmount.parse("١٬٢٥٠٫٧٥", OMR)).isEqualTo(ascii);
        assertThat(MoneyAmount.parse("\u200F١٢٥٠.٧٥ ", OMR)).isEqualTo(ascii);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> MoneyAmount.parse("1.2345", BHD))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> {
                    assertThat(e.rule()).isEqualTo("decimals");
                    assertThat(e.error()).isEqualTo(JisrError.INVALID_AMOUNT);
                    assertThat(e.getMessage()).contains("BHD has 3 decimal places");
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.reason()).startsWith("decimals:"));
                });
        assertThatThrownBy(() -> MoneyAmount.parse("10.000", SAR))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("decimals"));
        assertThatThrownBy(() -> MoneyAmount.of(new BigDecimal("3.141"), QAR))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("decimals"));
    }

    @Test
    void refusesNegativeAmountsUnlessAllowed() {
        assertThatThrownBy(() -> MoneyAmount.parse("-5.000", KWD))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("negative"));
        assertThatThrownBy(() -> MoneyAmount.ofMinorUnits(-1, AED))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("negative"));
        MoneyAmount refund = MoneyAmount.parse("−5.250", KWD, NegativeAmounts.ALLOWED);
        assertThat(refund.minorUnits()).isEqualTo(-5_250);
        assertThat(refund.isNegative()).isTrue();
        assertThat(MoneyAmount.parse("-0", KWD).minorUnits()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", ".5", "5.", "1.2.3", "1,500", "12a", "1٬23", "1234٬567", "٬123", "1٬234.5٬6", "0x10", "1e3", "١٢,٥"})
    void refusesTextThatIsNotAPlainAmount(String text) {
        assertThatThrownBy(() -> MoneyAmount.parse(text, BHD))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("format"));
    }

    @Test
    void refusesAmountsBeyondExactMinorUnits() {
        assertThatThrownBy(() -> MoneyAmount.parse("9223372036854776", KWD))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("range"));
        assertThat(MoneyAmount.parse("9223372036854775.807", KWD).minorUnits()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void addsExactlyWithinOneCurrency() {
        MoneyAmount sum = MoneyAmount.parse("0.1", SAR).plus(MoneyAmount.parse("0.2", SAR));
        assertThat(sum).isEqualTo(MoneyAmount.parse("0.30", SAR));
        assertThatThrownBy(() -> MoneyAmount.parse("1", SAR).plus(MoneyAmount.parse("1", QAR)))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("currency-mismatch"));
        assertThatThrownBy(() -> MoneyAmount.ofMinorUnits(Long.MAX_VALUE, OMR).plus(MoneyAmount.ofMinorUnits(1, OMR)))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.rule()).isEqualTo("range"));
    }

    @Test
    void equalAmountsInDifferentCurrenciesDiffer() {
        assertThat(MoneyAmount.parse("1", KWD)).isNotEqualTo(MoneyAmount.parse("1", BHD));
        assertThat(MoneyAmount.parse("1", KWD).toString()).isEqualTo("1.000 KWD");
    }
}
