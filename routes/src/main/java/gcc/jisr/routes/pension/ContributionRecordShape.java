package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Tells, without the JSON Schema engine, that a contribution record certainly satisfies its contract
 * (pension-contribution-record.schema.json). Run on each of a report's 100,000 records, the engine was three fifths of
 * the reading thread's time (async-profiler: its keyword walk, and java.util.regex for every pattern); these checks
 * do the same in a single pass. They are stricter than the schema where that is simpler (ASCII digits only, a
 * name of at most 100 UTF-16 units, a date between 1900 and 2100, a line end after a pattern's "$"): what they do not
 * accept goes to the schema engine, which decides and names the field. So the schema stays the contract, and only
 * its answer for valid records is taken from here; a test holds the two to that.
 */
final class ContributionRecordShape {

    private static final Set<String> RECORD_MEMBERS = Set.of("sequence", "person", "wage", "employeeContribution",
            "employerContribution", "currency", "insuredDays");
    private static final Set<String> PERSON_MEMBERS = Set.of("civilId", "civilIdState", "pin", "fullNameArabic",
            "fullNameLatin", "dateOfBirth");
    private static final Set<String> PIN_MEMBERS = Set.of("institution", "number");
    private static final Set<String> CURRENCIES = Set.of("KWD", "SAR", "AED", "QAR", "BHD", "OMR");
    private static final Set<String> TWO_DECIMAL_CURRENCIES = Set.of("SAR", "AED", "QAR");
    private static final int MOST_PINS = 6;
    private static final int LONGEST_TEXT = 100;

    private ContributionRecordShape() {
    }

    static boolean certainlyValid(JsonNode record) {
        if (record == null || !record.isObject() || !onlyMembers(record, RECORD_MEMBERS)) {
            return false;
        }
        JsonNode currency = record.get("currency");
        if (currency == null || !currency.isTextual() || !CURRENCIES.contains(currency.textValue())) {
            return false;
        }
        int decimals = TWO_DECIMAL_CURRENCIES.contains(currency.textValue()) ? 2 : 3;
        JsonNode insuredDays = record.get("insuredDays");
        return integerWithin(record.get("sequence"), 1, Integer.MAX_VALUE)
                && (insuredDays == null || integerWithin(insuredDays, 1, 31))
                && amount(record.get("wage"), decimals)
                && amount(record.get("employeeContribution"), decimals)
                && amount(record.get("employerContribution"), decimals)
                && person(record.get("person"));
    }

    private static boolean person(JsonNode person) {
        if (person == null || !person.isObject() || !onlyMembers(person, PERSON_MEMBERS)) {
            return false;
        }
        JsonNode pins = person.get("pin");
        JsonNode latin = person.get("fullNameLatin");
        JsonNode born = person.get("dateOfBirth");
        return text(person.get("civilId")) && asciiDigits(person.get("civilId").textValue(), 4, 20)
                && text(person.get("civilIdState")) && upperLetters(person.get("civilIdState").textValue(), 2, 2)
                && shortText(person.get("fullNameArabic"))
                && (latin == null || shortText(latin))
                && (born == null || date(born))
                && (pins == null || pins(pins));
    }

    private static boolean pins(JsonNode pins) {
        if (!pins.isArray() || pins.size() > MOST_PINS) {
            return false;
        }
        for (JsonNode pin : pins) {
            if (!pin.isObject() || !onlyMembers(pin, PIN_MEMBERS) || !text(pin.get("institution")) || !text(pin.get("number"))
                    || !institutionId(pin.get("institution").textValue()) || !personalNumber(pin.get("number").textValue())) {
                return false;
            }
        }
        return true;
    }

    /** Every member one of {@code allowed} (additionalProperties: false); required members are checked by the caller. */
    private static boolean onlyMembers(JsonNode object, Set<String> allowed) {
        for (Iterator<Map.Entry<String, JsonNode>> members = object.fields(); members.hasNext(); ) {
            if (!allowed.contains(members.next().getKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(JsonNode value) {
        return value != null && value.isTextual();
    }

    private static boolean integerWithin(JsonNode value, long least, long most) {
        return value != null && value.isIntegralNumber() && value.canConvertToLong()
                && value.longValue() >= least && value.longValue() <= most;
    }

    /** ^(0|[1-9][0-9]{0,14})(\.[0-9]{1,decimals})?$ */
    private static boolean amount(JsonNode value, int decimals) {
        if (!text(value)) {
            return false;
        }
        String s = value.textValue();
        int point = s.indexOf('.');
        String whole = point < 0 ? s : s.substring(0, point);
        if (whole.isEmpty() || whole.length() > 15 || !asciiDigits(whole, 1, 15) || whole.length() > 1 && whole.charAt(0) == '0') {
            return false;
        }
        if (point < 0) {
            return true;
        }
        String fraction = s.substring(point + 1);
        return asciiDigits(fraction, 1, decimals);
    }

    private static boolean shortText(JsonNode value) {
        return text(value) && !value.textValue().isEmpty() && value.textValue().length() <= LONGEST_TEXT;
    }

    /** ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ and a real day of the calendar (format: date). */
    private static boolean date(JsonNode value) {
        if (!text(value)) {
            return false;
        }
        String s = value.textValue();
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !asciiDigits(s.substring(0, 4), 4, 4)
                || !asciiDigits(s.substring(5, 7), 2, 2) || !asciiDigits(s.substring(8), 2, 2)) {
            return false;
        }
        try {
            int year = Integer.parseInt(s.substring(0, 4));
            LocalDate.of(year, Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8)));
            return year >= 1900 && year <= 2100;
        } catch (DateTimeException impossible) {
            return false;
        }
    }

    /** ^[A-Z]{2}:[A-Z0-9][A-Z0-9\-]{1,31}$ */
    private static boolean institutionId(String s) {
        return s.length() >= 5 && s.length() <= 35 && upperLetters(s.substring(0, 2), 2, 2) && s.charAt(2) == ':'
                && lettersOrDigitsThen(s.substring(3), false, "-");
    }

    /** ^[A-Za-z0-9][A-Za-z0-9/\-]{0,31}$ */
    private static boolean personalNumber(String s) {
        return !s.isEmpty() && s.length() <= 32 && lettersOrDigitsThen(s, true, "/-");
    }

    /** A letter (upper case, or either case) or digit first, then letters, digits or any of {@code alsoAfterFirst}. */
    private static boolean lettersOrDigitsThen(String s, boolean lowerCaseToo, String alsoAfterFirst) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letterOrDigit = c >= 'A' && c <= 'Z' || lowerCaseToo && c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || alsoAfterFirst.indexOf(c) < 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiDigits(String s, int least, int most) {
        if (s.length() < least || s.length() > most) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean upperLetters(String s, int least, int most) {
        if (s.length() < least || s.length() > most) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
