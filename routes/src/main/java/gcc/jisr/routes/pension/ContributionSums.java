package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.pension.v1.ContributionTotals;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.contracts.pension.v1.WithheldRecords;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Running sums of contribution records, exact (BigDecimal, never rounded): the record count and, per currency, the
 * wages and each contribution. Constant memory: six currencies at most, whatever the number of records.
 */
public final class ContributionSums {

    private final Map<CurrencyCode, BigDecimal[]> sums = new EnumMap<>(CurrencyCode.class);
    private int count;
    private int unreadable;

    /** Counts a record whose amounts are known. */
    public void add(CurrencyCode currency, BigDecimal wage, BigDecimal employee, BigDecimal employer) {
        BigDecimal[] s = sums.computeIfAbsent(currency, c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(wage);
        s[1] = s[1].add(employee);
        s[2] = s[2].add(employer);
        count++;
    }

    /** Counts a record: its amounts when they could be read (not null), else as unreadable. */
    public void add(ContributionRecordCheck.Amounts amounts) {
        if (amounts == null) {
            addUnreadable();
        } else {
            add(amounts.currency(), amounts.wage(), amounts.employee(), amounts.employer());
        }
    }

    /** The sums of a part's content: NDJSON record lines, each read by {@link RecordAmounts}. */
    static ContributionSums ofLines(byte[] content) {
        ContributionSums sums = new ContributionSums();
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            sums.add(RecordAmounts.read(content, start, end - start));
            start = end + 1;
        }
        return sums;
    }

    /** Counts a record whose amounts cannot be read: the sums can then prove nothing. */
    public void addUnreadable() {
        count++;
        unreadable++;
    }

    public int count() {
        return count;
    }

    public int unreadable() {
        return unreadable;
    }

    public void addAll(ContributionSums other) {
        other.sums.forEach((currency, s) -> {
            BigDecimal[] mine = sums.computeIfAbsent(currency, c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            for (int i = 0; i < 3; i++) {
                mine[i] = mine[i].add(s[i]);
            }
        });
        count += other.count;
        unreadable += other.unreadable;
    }

    /**
     * The sums as a small JSON document, amounts as exact decimal strings, e.g.
     * {@code {"count":2000,"unreadable":0,"currencies":{"SAR":["21000000.50","1890000.05","1890000.05"]}}}: kept beside
     * a part received, so that a report's records are re-added to its totals without opening its parts again.
     */
    public String toJson() {
        ObjectNode json = TrafficJson.mapper().createObjectNode();
        json.put("count", count).put("unreadable", unreadable);
        ObjectNode currencies = json.putObject("currencies");
        sums.forEach((currency, s) -> currencies.putArray(currency.value())
                .add(s[0].toPlainString()).add(s[1].toPlainString()).add(s[2].toPlainString()));
        return json.toString();
    }

    /** @see #toJson() */
    public static ContributionSums fromJson(String text) {
        try {
            JsonNode json = TrafficJson.mapper().readTree(text);
            ContributionSums read = new ContributionSums();
            read.count = json.get("count").intValue();
            read.unreadable = json.get("unreadable").intValue();
            json.get("currencies").fields().forEachRemaining(currency -> read.sums.put(CurrencyCode.fromValue(currency.getKey()),
                    new BigDecimal[]{new BigDecimal(currency.getValue().get(0).asText()),
                            new BigDecimal(currency.getValue().get(1).asText()), new BigDecimal(currency.getValue().get(2).asText())}));
            return read;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not the sums of contribution records: " + text, e);
        }
    }

    /** The sums of a withheld block, as the forwarded report carries it. */
    public static ContributionSums of(WithheldRecords withheld) {
        ContributionSums sums = new ContributionSums();
        if (withheld != null) {
            for (CurrencyTotal total : withheld.getCurrencyTotal()) {
                sums.sums.put(total.getCurrency(), new BigDecimal[]{total.getWages(), total.getEmployeeContributions(),
                        total.getEmployerContributions()});
            }
            sums.count = withheld.getRecordCount();
        }
        return sums;
    }

    public List<CurrencyTotal> currencyTotals() {
        List<CurrencyTotal> totals = new ArrayList<>();
        sums.forEach((currency, s) -> {
            CurrencyTotal total = new CurrencyTotal();
            total.setCurrency(currency);
            total.setWages(s[0]);
            total.setEmployeeContributions(s[1]);
            total.setEmployerContributions(s[2]);
            totals.add(total);
        });
        return totals;
    }

    /**
     * How these sums differ from the declared totals: empty when they match exactly (equal values, whatever their
     * scale: 10.5 and 10.500 are one amount), else every total that differs, with difference = computed - declared.
     */
    public Optional<TotalsMismatch> mismatch(ContributionTotals declared) {
        TotalsMismatch mismatch = new TotalsMismatch();
        mismatch.setCode(JisrError.BATCH_TOTALS.code());
        mismatch.setDeclaredRecordCount(declared.getRecordCount());
        mismatch.setCountedRecordCount(count);
        Map<CurrencyCode, BigDecimal[]> declaredSums = new EnumMap<>(CurrencyCode.class);
        for (CurrencyTotal total : declared.getCurrencyTotal()) {
            declaredSums.put(total.getCurrency(), new BigDecimal[]{total.getWages(), total.getEmployeeContributions(),
                    total.getEmployerContributions()});
        }
        for (CurrencyCode currency : CurrencyCode.values()) {
            BigDecimal[] d = declaredSums.get(currency);
            BigDecimal[] c = sums.get(currency);
            if (d == null && c == null) {
                continue;
            }
            for (TotalKind kind : TotalKind.values()) {
                BigDecimal declaredSum = d == null ? BigDecimal.ZERO : d[kind.ordinal()];
                BigDecimal computedSum = c == null ? BigDecimal.ZERO : c[kind.ordinal()];
                if (declaredSum.compareTo(computedSum) != 0) {
                    TotalDifference difference = new TotalDifference();
                    difference.setCurrency(currency);
                    difference.setTotal(kind);
                    difference.setDeclared(declaredSum);
                    difference.setComputed(computedSum);
                    difference.setDifference(computedSum.subtract(declaredSum));
                    mismatch.getDifference().add(difference);
                }
            }
        }
        boolean matches = mismatch.getDifference().isEmpty() && count == declared.getRecordCount() && unreadable == 0;
        return matches ? Optional.empty() : Optional.of(mismatch);
    }
}
