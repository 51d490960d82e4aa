package gcc.jisr.adapters.money;

import java.util.Currency;
import java.util.Map;

/**
 * How many decimal places (ISO 4217 "minor unit") each currency has.
 *
 * <p>The six GCC currencies are pinned here from the ISO 4217 list rather than read from
 * {@link Currency#getDefaultFractionDigits()}: the JDK's table can be overridden on a given machine (a
 * {@code currency.properties} file in the JRE or the {@code java.util.currency.data} system property) and follows
 * ISO amendments only with the JDK's release cycle, and a wrong minor unit here would silently move money by a
 * factor of ten between states. The three dinars and the rial of Oman are divided into 1,000 (fils, baisa), the
 * riyals and the dirham into 100 (halala, fils, dirham). JDK 17 agrees on all six; a test checks that it still does.
 *
 * <p>Other currencies (a pension paid abroad, a fine in a third currency) fall back to the JDK's table; a currency
 * the JDK gives no minor unit (gold, SDR, testing codes) is refused.
 */
public final class CurrencyMinorUnits {

    /** ISO 4217 list one, minor unit column, for the currencies of the GCC states. */
    static final Map<String, Integer> GCC = Map.of(
            "KWD", 3, // Kuwaiti dinar: 1,000 fils
            "BHD", 3, // Bahraini dinar: 1,000 fils
            "OMR", 3, // Omani rial: 1,000 baisa
            "SAR", 2, // Saudi riyal: 100 halala
            "AED", 2, // UAE dirham: 100 fils
            "QAR", 2); // Qatari riyal: 100 dirham

    private CurrencyMinorUnits() {
    }

    /**
     * The number of decimal places of the currency.
     *
     * @throws InvalidAmountException (rule {@code currency}) for a currency that has no minor unit
     */
    public static int of(Currency currency) {
        Integer pinned = GCC.get(currency.getCurrencyCode());
        if (pinned != null) {
            return pinned;
        }
        int jdk = currency.getDefaultFractionDigits();
        if (jdk < 0) {
            throw new InvalidAmountException("currency", currency.getCurrencyCode() + " has no ISO 4217 minor unit and cannot carry an amount");
        }
        return jdk;
    }
}
