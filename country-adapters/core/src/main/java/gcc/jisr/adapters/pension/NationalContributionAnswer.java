package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A fund's answer to a contribution report, in national terms: the report it answers, what it did with it, when (the
 * fund's local time: national formats carry no offset), and for a processed report the counts and a result per
 * record, for a refused one the totals that differ.
 *
 * @param results every record result when read; empty when the answer is being written (they are streamed then)
 */
public record NationalContributionAnswer(String reportId, ReportOutcome outcome, LocalDateTime answeredAt, int acceptedCount,
                                         int rejectedCount, TotalsMismatch refused, List<RecordResult> results) {

    public NationalContributionAnswer {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answeredAt, "answeredAt");
        results = results == null ? List.of() : results;
        if ((outcome == ReportOutcome.REFUSED) != (refused != null)) {
            throw new IllegalArgumentException("a refused report, and only one, states the totals that differ");
        }
    }

    public static NationalContributionAnswer processed(String reportId, LocalDateTime at, int accepted, int rejected) {
        return new NationalContributionAnswer(reportId, ReportOutcome.PROCESSED, at, accepted, rejected, null, List.of());
    }

    public static NationalContributionAnswer duplicate(String reportId, LocalDateTime at) {
        return new NationalContributionAnswer(reportId, ReportOutcome.DUPLICATE, at, 0, 0, null, List.of());
    }

    public static NationalContributionAnswer refused(String reportId, LocalDateTime at, TotalsMismatch mismatch) {
        return new NationalContributionAnswer(reportId, ReportOutcome.REFUSED, at, 0, 0, mismatch, List.of());
    }
}
