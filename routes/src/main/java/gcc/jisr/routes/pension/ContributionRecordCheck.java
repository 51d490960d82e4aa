package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.money.CurrencyMinorUnits;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.routes.json.JsonContract;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Currency;
import java.util.List;

/**
 * The checks of one record of a contribution report, in the order a refusal names them: the amounts against their
 * currency's minor units (JISR-400-AMOUNT, which a JSON Schema would only call a schema error), the record's contract
 * (JISR-400-SCHEMA, field by field), the person's home state being the home institution's (JISR-400-SCHEMA), the
 * civil ID against its issuing state's rules (JISR-400-CIVIL-ID, e.g. Kuwait's check digit) and the sequence number
 * not used before in the report (JISR-400-DUPLICATE-RECORD). One instance per report: it remembers the sequence
 * numbers seen, in a bit set (12.5 KB for 100,000 records).
 */
public final class ContributionRecordCheck {

    static final String[] AMOUNTS = {"wage", "employeeContribution", "employerContribution"};
    private static final JsonContract<ContributionRecord> CONTRACT = new JsonContract<>(
            "jisr/contracts/v1/json/pension-contribution-record.schema.json", ContributionRecord.class, "currency",
            JisrError.SCHEMA);
    /** A sequence number beyond this is refused rather than let grow the bit set: a report holds far fewer records. */
    static final int MAX_SEQUENCE = 10_000_000;

    private final GccState homeState;
    private final CivilIdRules civilIds;
    private final BitSet seen = new BitSet();

    public ContributionRecordCheck(GccState homeState, CountryAdapters adapters) {
        this.homeState = homeState;
        this.civilIds = adapters.forState(homeState).map(a -> a.civilIds()).orElse(null);
    }

    /** The amounts of a record as far as they can be read, whether or not the record is otherwise acceptable. */
    public record Amounts(CurrencyCode currency, BigDecimal wage, BigDecimal employee, BigDecimal employer) {
    }

    /** Reads the amounts of a record for the sums; null when one of them (or the currency) cannot be read. */
    public static Amounts amountsOf(JsonNode record) {
        try {
            CurrencyCode currency = CurrencyCode.fromValue(record.path("currency").asText());
            BigDecimal[] values = new BigDecimal[3];
            for (int i = 0; i < 3; i++) {
                JsonNode amount = record.get(AMOUNTS[i]);
                if (amount == null || !amount.isTextual()) {
                    return null;
                }
                values[i] = new BigDecimal(amount.asText());
            }
            return new Amounts(currency, values[0], values[1], values[2]);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** @throws JisrException naming the first rule the record breaks, with its field as an RFC 6901 pointer into it */
    public ContributionRecord check(JsonNode record) {
        amountsWithinMinorUnits(record);
        ContributionRecord checked = ContributionRecordShape.certainlyValid(record) ? CONTRACT.convert(record) : CONTRACT.read(record);
        if (!homeState.name().equals(checked.getPerson().getCivilIdState())) {
            throw refusal(JisrError.SCHEMA, "/person/civilIdState", "the person's home state is "
                    + checked.getPerson().getCivilIdState() + ", not the home institution's state " + homeState);
        }
        if (civilIds != null) {
            try {
                civilIds.parse(checked.getPerson().getCivilId());
            } catch (JisrException invalid) {
                throw refusal(JisrError.INVALID_CIVIL_ID, "/person/civilId", invalid.getMessage());
            }
        }
        int sequence = checked.getSequence();
        if (sequence > MAX_SEQUENCE) {
            throw refusal(JisrError.SCHEMA, "/sequence", "a sequence number is at most " + MAX_SEQUENCE);
        }
        if (seen.get(sequence)) {
            throw refusal(JisrError.DUPLICATE_RECORD, "/sequence", "sequence number " + sequence + " is used by an earlier record");
        }
        seen.set(sequence);
        return checked;
    }

    private static void amountsWithinMinorUnits(JsonNode record) {
        String code = record.path("currency").asText("");
        int decimals;
        try {
            decimals = CurrencyMinorUnits.of(Currency.getInstance(CurrencyCode.fromValue(code).value()));
        } catch (IllegalArgumentException notOneOfTheSix) {
            return; // the schema names the currency
        }
        for (String field : AMOUNTS) {
            JsonNode amount = record.get(field);
            if (amount != null && amount.isTextual()) {
                try {
                    if (new BigDecimal(amount.asText()).scale() > decimals) {
                        throw refusal(JisrError.INVALID_AMOUNT, "/" + field, amount.asText() + " has more than the "
                                + decimals + " decimals of " + code);
                    }
                } catch (NumberFormatException notANumber) {
                    // the schema names it
                }
            }
        }
    }

    static JisrException refusal(JisrError error, String field, String reason) {
        return new JisrException(error, reason, List.of(new FieldViolation(field, reason)));
    }
}
