package gcc.jisr.routes.pension;

import gcc.jisr.contracts.pension.v1.ContributionTotals;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionSumsTest {

    private static ContributionTotals declared(int count, CurrencyCode currency, String wages, String employee, String employer) {
        ContributionTotals totals = new ContributionTotals();
        totals.setRecordCount(count);
        CurrencyTotal total = new CurrencyTotal();
        total.setCurrency(currency);
        total.setWages(new BigDecimal(wages));
        total.setEmployeeContributions(new BigDecimal(employee));
        total.setEmployerContributions(new BigDecimal(employer));
        totals.getCurrencyTotal().add(total);
        return totals;
    }

    @Test
    void sumsThatEqualTheTotalsMatchWhateverTheScaleTheyAreWrittenIn() {
        ContributionSums sums = new ContributionSums();
        sums.add(CurrencyCode.KWD, new BigDecimal("1500.250"), new BigDecimal("157.526"), new BigDecimal("172.529"));
        sums.add(CurrencyCode.KWD, new BigDecimal("0.75"), new BigDecimal("0.074"), new BigDecimal("0.071"));

        assertThat(sums.mismatch(declared(2, CurrencyCode.KWD, "1501", "157.6", "172.600"))).isEmpty();
    }

    @Test
    void aDifferenceIsStatedPerTotalAsComputedMinusDeclaredExactly() {
        ContributionSums sums = new ContributionSums();
        sums.add(CurrencyCode.SAR, new BigDecimal("18500.00"), new BigDecimal("1942.50"), new BigDecimal("2127.50"));

        TotalsMismatch mismatch = sums.mismatch(declared(2, CurrencyCode.SAR, "18500.50", "1942.50", "2127.49")).orElseThrow();

        assertThat(mismatch.getCode()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(mismatch.getDeclaredRecordCount()).isEqualTo(2);
        assertThat(mismatch.getCountedRecordCount()).isEqualTo(1);
        assertThat(mismatch.getDifference()).extracting(TotalDifference::getTotal)
                .containsExactly(TotalKind.WAGES, TotalKind.EMPLOYER_CONTRIBUTIONS);
        assertThat(mismatch.getDifference().get(0).getDifference()).isEqualByComparingTo("-0.50");
        assertThat(mismatch.getDifference().get(1).getDifference()).isEqualByComparingTo("0.01");
    }

    @Test
    void aCurrencyCountedButNotDeclaredIsADifferenceAndAnUnreadableRecordFailsTheCheck() {
        ContributionSums sums = new ContributionSums();
        sums.add(CurrencyCode.SAR, new BigDecimal("100.00"), new BigDecimal("9.00"), new BigDecimal("9.00"));
        sums.add(CurrencyCode.QAR, new BigDecimal("1.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(sums.mismatch(declared(2, CurrencyCode.SAR, "100", "9", "9")).orElseThrow().getDifference())
                .extracting(TotalDifference::getCurrency).containsExactly(CurrencyCode.QAR);

        ContributionSums unreadable = new ContributionSums();
        unreadable.add(CurrencyCode.SAR, new BigDecimal("100.00"), new BigDecimal("9.00"), new BigDecimal("9.00"));
        unreadable.addUnreadable();
        assertThat(unreadable.mismatch(declared(2, CurrencyCode.SAR, "100", "9", "9"))).isPresent();
    }

    @Test
    void sumsKeptAsJsonAndReadBackAreTheSameSumsToTheLastDigit() {
        ContributionSums part = new ContributionSums();
        part.add(CurrencyCode.KWD, new BigDecimal("1500.250"), new BigDecimal("157.526"), new BigDecimal("172.529"));
        part.add(CurrencyCode.SAR, new BigDecimal("123456789012345.67"), new BigDecimal("0.01"), new BigDecimal("0"));
        part.addUnreadable();

        ContributionSums read = ContributionSums.fromJson(part.toJson());

        assertThat(read.count()).isEqualTo(3);
        assertThat(read.unreadable()).isEqualTo(1);
        assertThat(read.currencyTotals()).usingRecursiveFieldByFieldElementComparator().isEqualTo(part.currencyTotals());
        ContributionSums two = new ContributionSums();
        two.addAll(read);
        two.addAll(ContributionSums.fromJson(part.toJson()));
        assertThat(two.currencyTotals().stream().filter(t -> t.getCurrency() == CurrencyCode.SAR).findFirst().orElseThrow()
                .getWages()).isEqualByComparingTo("246913578024691.34");
    }

    @Test
    void somethingElseThanKeptSumsIsRefusedWhenReadBack() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContributionSums.fromJson("{\"count\":1}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
