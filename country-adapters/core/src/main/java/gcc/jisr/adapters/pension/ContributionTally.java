package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionTotals;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.contracts.pension.v1.WithheldRecords;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The running count and per-currency sums of a contribution report's records, exact in {@link BigDecimal}, kept while
 * the records stream past (a few numbers, whatever the batch size), and compared at the end with what the report
 * declares. The records that the sending gateway withheld count as the report says they add up.
 */
public final class ContributionTally {

    private final Map<CurrencyCode, BigDecimal[]> sums = new EnumMap<>(CurrencyCode.class);
    private int count;

    /** Counts a record and adds its amounts. */
    public void add(ContributionRecord record) {
        count++;
        BigDecimal[] s = sums.computeIfAbsent(record.getCurrency(), c -> zeros());
        s[0] = s[0].add(record.getWage());
        s[1] = s[1].add(record.getEmployeeContribution());
        s[2] = s[2].add(record.getEmployerContribution());
    }

    /** Counts a record whose amounts could not be read: the report can then no longer add up. */
    public void addUnreadable() {
        count++;
    }

    public int count() {
        return count;
    }

    /**
     * What differs between the declared totals and the records counted plus those withheld, or empty when the report
     * adds up: the record counts, and per currency each of the three sums (a currency missing on one side counts as 0).
     */
    public Optional<TotalsMismatch> compare(ContributionTotals declared, WithheldRecords withheld) {
        Map<CurrencyCode, BigDecimal[]> computed = new EnumMap<>(CurrencyCode.class);
        sums.forEach((currency, s) -> computed.put(currency, s.clone()));
        int counted = count;
        if (withheld != null) {
            counted += withheld.getRecordCount();
            for (CurrencyTotal total : withheld.getCurrencyTotal()) {
                BigDecimal[] s = computed.computeIfAbsent(total.getCurrency(), c -> zeros());
                s[0] = s[0].add(total.getWages());
                s[1] = s[1].add(total.getEmployeeContributions());
                s[2] = s[2].add(total.getEmployerContributions());
            }
        }
        Map<CurrencyCode, BigDecimal[]> stated = new EnumMap<>(CurrencyCode.class);
        for (CurrencyTotal total : declared.getCurrencyTotal()) {
            stated.put(total.getCurrency(), new BigDecimal[]{total.getWages(), total.getEmployeeContributions(), total.getEmployerContributions()});
        }
        TotalsMismatch mismatch = new TotalsMismatch();
        mismatch.setCode(JisrError.BATCH_TOTALS.code());
        mismatch.setDeclaredRecordCount(declared.getRecordCount());
        mismatch.setCountedRecordCount(counted);
        TotalKind[] kinds = {TotalKind.WAGES, TotalKind.EMPLOYEE_CONTRIBUTIONS, TotalKind.EMPLOYER_CONTRIBUTIONS};
        for (CurrencyCode currency : CurrencyCode.values()) {
            if (!stated.containsKey(currency) && !computed.containsKey(currency)) {
                continue;
            }
            BigDecimal[] d = stated.getOrDefault(currency, zeros());
            BigDecimal[] c = computed.getOrDefault(currency, zeros());
            for (int i = 0; i < 3; i++) {
                if (d[i].compareTo(c[i]) != 0) {
                    TotalDifference difference = new TotalDifference();
                    difference.setCurrency(currency);
                    difference.setTotal(kinds[i]);
                    difference.setDeclared(d[i]);
                    difference.setComputed(c[i]);
                    difference.setDifference(c[i].subtract(d[i]));
                    mismatch.getDifference().add(difference);
                }
            }
        }
        boolean adds = counted == declared.getRecordCount() && mismatch.getDifference().isEmpty();
        return adds ? Optional.empty() : Optional.of(mismatch);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
