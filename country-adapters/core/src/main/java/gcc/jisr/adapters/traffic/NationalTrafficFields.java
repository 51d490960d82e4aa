package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.money.CurrencyMinorUnits;
import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.OffenceCode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the fields of a national traffic message strictly, each failure a {@link RegistryFormatException} naming the
 * field, so that the six formats refuse the same mistakes with the same words.
 */
public final class NationalTrafficFields {

    /** The canonical violation reference (XSD {@code ViolationReference}). */
    public static final Pattern VIOLATION_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._\\-]{0,63}");
    /** A reference in another system (XSD {@code DocumentReference}): national references, receipts, transfers. */
    public static final Pattern DOCUMENT_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._:\\-]{0,63}");
    private static final Pattern MINOR_UNITS = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?");
    private static final Pattern SPEED = Pattern.compile("[1-9][0-9]{0,2}");

    private NationalTrafficFields() {
    }

    public static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RegistryFormatException(field + " is missing");
        }
        return text;
    }

    /** Null for an absent or blank field. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public static GccState gccState(String code, String field) {
        return GccState.fromCode(required(code, field))
                .orElseThrow(() -> new RegistryFormatException(field + " '" + code + "' is not a GCC state code"));
    }

    public static GccState optionalGccState(String code, String field) {
        return optional(code) == null ? null : gccState(code, field);
    }

    public static String violationReference(String text, String field) {
        return matching(text, VIOLATION_REFERENCE, field);
    }

    public static String documentReference(String text, String field) {
        return matching(text, DOCUMENT_REFERENCE, field);
    }

    public static String matching(String text, Pattern pattern, String field) {
        if (!pattern.matcher(required(text, field)).matches()) {
            throw new RegistryFormatException(field + " '" + text + "' does not match " + pattern.pattern());
        }
        return text;
    }

    public static OffenceCode offence(String code, String field) {
        try {
            return OffenceCode.fromValue(required(code, field));
        } catch (IllegalArgumentException e) {
            throw new RegistryFormatException(field + " '" + code + "' is not a GCC offence code");
        }
    }

    /** A speed in whole km/h from 1 to 500, or null when absent. */
    public static Integer speed(String text, String field) {
        if (optional(text) == null) {
            return null;
        }
        if (!SPEED.matcher(text).matches() || Integer.parseInt(text) > 500) {
            throw new RegistryFormatException(field + " '" + text + "' is not a speed from 1 to 500 km/h");
        }
        return Integer.parseInt(text);
    }

    /** An amount written in the currency's minor units (fils, halala, baisa), ASCII digits. */
    public static MoneyAmount minorUnits(String minor, String currency, String field) {
        Currency c = currency(currency, field + " currency");
        if (!MINOR_UNITS.matcher(required(minor, field)).matches()) {
            throw new RegistryFormatException(field + " '" + minor + "' is not a whole number of minor units");
        }
        return amount(() -> MoneyAmount.ofMinorUnits(Long.parseLong(minor), c), field);
    }

    /** An amount written as a plain decimal with at most the currency's decimals, ASCII digits and '.'. */
    public static MoneyAmount decimal(String text, String currency, String field) {
        Currency c = currency(currency, field + " currency");
        if (!DECIMAL.matcher(required(text, field)).matches()) {
            throw new RegistryFormatException(field + " '" + text + "' is not a plain decimal amount");
        }
        return amount(() -> MoneyAmount.of(new BigDecimal(text), c), field);
    }

    /** The minor units of an amount as text, for a format that writes them. */
    public static String minorUnitsText(MoneyAmount amount) {
        return Long.toString(amount.minorUnits());
    }

    public static Currency currency(String code, String field) {
        try {
            Currency currency = Currency.getInstance(required(code, field));
            CurrencyMinorUnits.of(currency);
            return currency;
        } catch (IllegalArgumentException | JisrException e) {
            throw new RegistryFormatException(field + " '" + code + "' is not an ISO 4217 currency with a minor unit");
        }
    }

    public static LocalDateTime dateTime(String text, DateTimeFormatter format, String field) {
        try {
            return LocalDateTime.parse(required(text, field), format);
        } catch (DateTimeException e) {
            throw new RegistryFormatException(field + " '" + text + "' is not a local time written " + format);
        }
    }

    public static LocalDate date(String text, DateTimeFormatter format, String field) {
        try {
            return LocalDate.parse(required(text, field), format);
        } catch (DateTimeException e) {
            throw new RegistryFormatException(field + " '" + text + "' is not a date written " + format);
        }
    }

    /**
     * Builds a national record from fields already read, turning the record's own consistency checks (speeds come in
     * pairs, a rejection has a reason, ...) into format errors.
     */
    public static <T> T consistent(Supplier<T> record, String what) {
        try {
            return record.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RegistryFormatException(what + " is inconsistent: " + e.getMessage());
        }
    }

    private static MoneyAmount amount(Supplier<MoneyAmount> amount, String field) {
        try {
            return amount.get();
        } catch (JisrException e) {
            throw new RegistryFormatException(field + ": " + e.getMessage());
        }
    }
}
