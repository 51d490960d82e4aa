package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.RefusedRecord;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Why one record of a national contribution file could not become a canonical record.
 *
 * @param line     where the record starts in the national file, from 1
 * @param index    where it is among the records, from 0 (the canonical {@code RefusedRecord.index})
 * @param sequence its sequence number when that much could be read, else {@code null}
 * @param error    the catalogue code: {@link JisrError#INVALID_AMOUNT}, {@link JisrError#INVALID_DATE},
 *                 {@link JisrError#INVALID_CIVIL_ID} or {@link JisrError#SCHEMA}
 * @param field    the offending field as an RFC 6901 pointer into the canonical record ({@code /person/civilId},
 *                 {@code /wage}), or {@code null} when the record as a whole could not be taken apart
 * @param reason   what was wrong, naming the national field; never the full value of a civil ID
 * @param amounts  the record's currency and amounts when they could be read although another field could not, so that
 *                 the refused record still counts in the report's totals; {@code null} otherwise
 */
public record RecordProblem(int line, int index, Integer sequence, JisrError error, String field, String reason, Amounts amounts) {

    /** A refused record's currency and amounts, read on their own. */
    public record Amounts(CurrencyCode currency, BigDecimal wage, BigDecimal employeeContribution, BigDecimal employerContribution) {
    }

    /** The pointer a {@link RefusedRecord} gives for a record that could not be taken apart at all. */
    public static final String WHOLE_RECORD = "/";

    public RecordProblem {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(reason, "reason");
    }

    public RecordProblem(int line, int index, Integer sequence, JisrError error, String field, String reason) {
        this(line, index, sequence, error, field, reason, null);
    }

    /** The canonical form the sending gateway answers with (its {@code refusedRecord}). */
    public RefusedRecord toRefusedRecord() {
        RefusedRecord refused = new RefusedRecord();
        refused.setIndex(index);
        refused.setSequence(sequence);
        refused.setCode(error.code());
        refused.setField(field == null ? WHOLE_RECORD : field);
        refused.setReason(reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        return refused;
    }

    @Override
    public String toString() {
        return "line " + line + " (record " + index + (sequence == null ? "" : ", sequence " + sequence) + ") "
                + (field == null ? "" : field + " ") + error.code() + ": " + reason;
    }
}
