package gcc.jisr.adapters.money;

import gcc.jisr.adapters.NationalDigits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact amount of money in an ISO 4217 currency, always held at the currency's own number of decimals
 * ({@link CurrencyMinorUnits}): {@code 12.5 BHD} is held as {@code 12.500}, i.e. 12,500 fils. Never floating point:
 * 0.1 + 0.2 must stay 0.3 when a fine crosses a border.
 *
 * <p>Nothing is ever rounded. An amount with more decimals than its currency has is refused, even when the extra
 * decimals are zeros: a sender that writes {@code 10.000 SAR} either rounds somewhere or has labelled a dinar amount
 * with the wrong currency, and a gateway that guessed which would move money on a guess. Negative amounts are refused
 * unless the caller asks for them ({@link NegativeAmounts#ALLOWED}). The minor units must fit a {@code long}
 * (about 9.2 quadrillion dinars), so that {@link #minorUnits()} is exact.
 */
public final class MoneyAmount {

    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigDecimal amount;
    private final Currency currency;

    private MoneyAmount(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** A non-negative amount; see {@link #of(BigDecimal, Currency, NegativeAmounts)}. */
    public static MoneyAmount of(BigDecimal amount, Currency currency) {
        return of(amount, currency, NegativeAmounts.REFUSED);
    }

    /**
     * The amount at the currency's scale.
     *
     * @throws InvalidAmountException (rule {@code decimals}, {@code negative}, {@code range} or {@code currency})
     */
    public static MoneyAmount of(BigDecimal amount, Currency currency, NegativeAmounts negatives) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(negatives, "negatives");
        int decimals = CurrencyMinorUnits.of(currency);
        if (amount.scale() > decimals) {
            throw new InvalidAmountException("decimals", currency.getCurrencyCode() + " has " + decimals
                    + " decimal places (ISO 4217 minor unit), the amount has " + amount.scale() + "; Jisr never rounds money");
        }
        if (amount.signum() < 0 && negatives == NegativeAmounts.REFUSED) {
            throw new InvalidAmountException("negative", "a negative amount is not allowed here");
        }
        BigDecimal atScale = amount.setScale(decimals);
        BigInteger minor = atScale.unscaledValue();
        if (minor.compareTo(LONG_MIN) < 0 || minor.compareTo(LONG_MAX) > 0) {
            throw new InvalidAmountException("range", "the amount is too large to be held exactly in minor units");
        }
        return new MoneyAmount(atScale, currency);
    }

    /** A non-negative amount given in the currency's minor units (fils, baisa, halala, ...). */
    public static MoneyAmount ofMinorUnits(long minorUnits, Currency currency) {
        return ofMinorUnits(minorUnits, currency, NegativeAmounts.REFUSED);
    }

    public static MoneyAmount ofMinorUnits(long minorUnits, Currency currency, NegativeAmounts negatives) {
        Objects.requireNonNull(currency, "currency");
        return of(BigDecimal.valueOf(minorUnits, CurrencyMinorUnits.of(currency)), currency, negatives);
    }

    /** A non-negative amount read from text; see {@link #parse(String, Currency, NegativeAmounts)}. */
    public static MoneyAmount parse(String text, Currency currency) {
        return parse(text, currency, NegativeAmounts.REFUSED);
    }

    /**
     * Reads an amount as agencies type it: digits in ASCII, Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹), the
     * decimal separator as {@code .} or the Arabic decimal separator {@code ٫} (U+066B), an optional leading
     * {@code -} or {@code +}, and optionally the integer part grouped by threes with the Arabic thousands separator
     * {@code ٬} (U+066C). The ASCII comma is refused: across the region it is written both as a thousands and as a
     * decimal separator, so {@code 1,500} could be fifteen hundred or one and a half.
     *
     * @throws InvalidAmountException naming the rule that failed
     */
    public static MoneyAmount parse(String text, Currency currency, NegativeAmounts negatives) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(currency, "currency");
        // Bidi marks are invisible and land around numbers copied from right-to-left text.
        String s = text.replace("\u200E", "").replace("\u200F", "").replace("\u061C", "").strip();
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '+')) {
            negative = s.charAt(0) != '+';
            s = s.substring(1);
        }
        StringBuilder integer = new StringBuilder();
        StringBuilder fraction = null;
        int groupDigits = 0;
        boolean grouped = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Optional<Character> digit = NationalDigits.asciiDigit(c);
            if (digit.isPresent()) {
                if (fraction != null) {
                    fraction.append(digit.get());
                } else {
                    integer.append(digit.get());
                    groupDigits++;
                }
            } else if ((c == '.' || c == ARABIC_DECIMAL_SEPARATOR) && fraction == null) {
                if (grouped && groupDigits != 3) {
                    throw badGrouping();
                }
                fraction = new StringBuilder();
            } else if (c == ARABIC_THOUSANDS_SEPARATOR && fraction == null) {
                if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3)) {
                    throw badGrouping();
                }
                grouped = true;
                groupDigits = 0;
            } else if (c == ',') {
                throw new InvalidAmountException("format",
                        "',' is ambiguous (thousands or decimal separator); write decimals after '.' or '٫'");
            } else {
                throw new InvalidAmountException("format",
                        "character " + (i + 1) + " is not a digit or separator (U+%04X)".formatted((int) c));
            }
        }
        if (grouped && fraction == null && groupDigits != 3) {
            throw badGrouping();
        }
        if (integer.isEmpty() || (fraction != null && fraction.isEmpty())) {
            throw new InvalidAmountException("format", "expected digits, optionally followed by a decimal separator and digits");
        }
        String plain = (negative ? "-" : "") + integer + (fraction == null ? "" : "." + fraction);
        return of(new BigDecimal(plain), currency, negatives);
    }

    private static InvalidAmountException badGrouping() {
        return new InvalidAmountException("format", "the thousands separator '٬' must group the integer part by threes");
    }

    /** The amount at exactly the currency's number of decimals. */
    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    /** The amount in the currency's minor units (12.500 BHD is 12,500 fils); exact by construction. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    /**
     * The sum of two amounts of the same currency.
     *
     * @throws InvalidAmountException (rule {@code currency-mismatch} or {@code range})
     */
    public MoneyAmount plus(MoneyAmount other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidAmountException("currency-mismatch",
                    "cannot add " + other.currency.getCurrencyCode() + " to " + currency.getCurrencyCode());
        }
        try {
            return ofMinorUnits(Math.addExact(minorUnits(), other.minorUnits()), currency, NegativeAmounts.ALLOWED);
        } catch (ArithmeticException e) {
            throw new InvalidAmountException("range", "the sum is too large to be held exactly in minor units");
        }
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The amount with ASCII digits and {@code .}, at the currency's scale, e.g. {@code 12.500}: what parse reads back. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoneyAmount other && amount.equals(other.amount) && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** For example {@code 12.500 BHD}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
