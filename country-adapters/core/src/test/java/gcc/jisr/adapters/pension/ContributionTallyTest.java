package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionTotals;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.contracts.pension.v1.WithheldRecords;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionTallyTest {

    private static final List<ContributionRecord> RECORDS = List.of(
            PensionSamples.record(1, "1012345607", GccState.SA, CurrencyCode.KWD, "0.1", "0.010", "0.020"),
            PensionSamples.record(2, "1012345615", GccState.SA, CurrencyCode.KWD, "0.2", "0.020", "0.040"),
            PensionSamples.record(3, "1012345623", GccState.SA, CurrencyCode.SAR, "100.00", "9.00", "9.00"));

    private static ContributionTally tally(List<ContributionRecord> records) {
        ContributionTally tally = new ContributionTally();
        records.forEach(tally::add);
        return tally;
    }

    @Test
    void aReportWhoseRecordsAddUpExactlyHasNoMismatch() {
        // 0.1 + 0.2 is 0.3 exactly: the sums are BigDecimal, never floating point.
        ContributionTotals declared = PensionSamples.totalsOf(RECORDS);
        assertThat(declared.getCurrencyTotal().get(0).getWages()).isEqualByComparingTo("0.3");
        assertThat(tally(RECORDS).compare(declared, null)).isEmpty();
    }

    @Test
    void statesEveryTotalThatDiffersAsComputedMinusDeclared() {
        ContributionTotals declared = PensionSamples.totalsOf(RECORDS);
        declared.getCurrencyTotal().get(1).setEmployerContributions(new BigDecimal("10.50"));
        declared.setRecordCount(4);
        TotalsMismatch mismatch = tally(RECORDS).compare(declared, null).orElseThrow();
        assertThat(mismatch.getCode()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(mismatch.getDeclaredRecordCount()).isEqualTo(4);
        assertThat(mismatch.getCountedRecordCount()).isEqualTo(3);
        assertThat(mismatch.getDifference()).singleElement().satisfies(d -> {
            assertThat(d.getCurrency()).isEqualTo(CurrencyCode.SAR);
            assertThat(d.getTotal()).isEqualTo(TotalKind.EMPLOYER_CONTRIBUTIONS);
            assertThat(d.getDifference()).isEqualByComparingTo("-1.50");
        });
    }

    @Test
    void aCurrencyMissingFromTheDeclaredTotalsCountsAsZero() {
        ContributionTotals declared = PensionSamples.totalsOf(RECORDS.subList(0, 2));
        declared.setRecordCount(3);
        TotalsMismatch mismatch = tally(RECORDS).compare(declared, null).orElseThrow();
        assertThat(mismatch.getDifference()).extracting(TotalDifference::getCurrency).containsOnly(CurrencyCode.SAR).hasSize(3);
        assertThat(mismatch.getDifference()).extracting(TotalDifference::getDeclared).allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void withheldRecordsCountAsTheReportSaysTheyAddUp() {
        ContributionTotals declared = PensionSamples.totalsOf(RECORDS);
        WithheldRecords withheld = new WithheldRecords();
        withheld.setRecordCount(1);
        withheld.getCurrencyTotal().addAll(PensionSamples.totalsOf(RECORDS.subList(2, 3)).getCurrencyTotal());
        withheld.getSequence().add(3);
        assertThat(tally(RECORDS.subList(0, 2)).compare(declared, withheld)).isEmpty();
        assertThat(tally(RECORDS.subList(0, 2)).compare(declared, null)).isPresent();
    }

    @Test
    void aRecordWhoseAmountsCouldNotBeReadMakesTheReportUnprovable() {
        ContributionTally tally = tally(RECORDS.subList(0, 2));
        tally.addUnreadable();
        TotalsMismatch mismatch = tally.compare(PensionSamples.totalsOf(RECORDS), null).orElseThrow();
        assertThat(mismatch.getCountedRecordCount()).isEqualTo(3);
        assertThat(mismatch.getDifference()).isNotEmpty();
    }
}
