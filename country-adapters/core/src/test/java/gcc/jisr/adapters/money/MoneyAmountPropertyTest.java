package gcc.jisr.adapters.money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyAmountPropertyTest {

    @Property
    void minorUnitsRoundTripExactlyInEveryGccCurrency(@ForAll("gccCurrencies") Currency currency, @ForAll long minorUnits) {
        MoneyAmount amount = MoneyAmount.ofMinorUnits(minorUnits, currency, NegativeAmounts.ALLOWED);

        assertThat(amount.minorUnits()).isEqualTo(minorUnits);
        assertThat(amount.amount().scale()).isEqualTo(CurrencyMinorUnits.of(currency));
        assertThat(amount.amount().movePointRight(amount.amount().scale()).longValueExact()).isEqualTo(minorUnits);
    }

    @Property
    void plainTextRoundTripsThroughParse(@ForAll("gccCurrencies") Currency currency, @ForAll long minorUnits) {
        MoneyAmount amount = MoneyAmount.ofMinorUnits(minorUnits, currency, NegativeAmounts.ALLOWED);

        assertThat(MoneyAmount.parse(amount.toPlainString(), currency, NegativeAmounts.ALLOWED)).isEqualTo(amount);
    }

    @Property
    void arabicIndicTextReadsAsTheSameAmount(@ForAll("gccCurrencies") Currency currency,
                                             @ForAll("nonNegative") long minorUnits) {
        MoneyAmount amount = MoneyAmount.ofMinorUnits(minorUnits, currency);
        String arabic = amount.toPlainString().chars()
                .map(c -> c == '.' ? '\u066B' : Character.isDigit(c) ? '\u0660' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        assertThat(MoneyAmount.parse(arabic, currency)).isEqualTo(amount);
    }

    @Property
    void anAmountWithOneDecimalTooManyIsAlwaysRefused(@ForAll("gccCurrencies") Currency currency,
                                                      @ForAll("nonNegative") long minorUnits) {
        BigDecimal tooPrecise = BigDecimal.valueOf(minorUnits, CurrencyMinorUnits.of(currency) + 1);

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> MoneyAmount.of(tooPrecise, currency), InvalidAmountException.class).rule()).isEqualTo("decimals");
    }

    @Provide
    Arbitrary<Currency> gccCurrencies() {
        return Arbitraries.of("KWD", "BHD", "OMR", "SAR", "AED", "QAR").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<Long> nonNegative() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE);
    }
}
