package gcc.jisr.adapters.pension;

/** What a fund did with a contribution report as a whole. */
public enum ReportOutcome {
    /** Read and checked: a result for every record follows. */
    PROCESSED,
    /** The fund already holds a report with this id from this institution; it answered that one already. */
    DUPLICATE,
    /** The totals do not match the records: nothing of the report was taken (JISR-422-BATCH-TOTALS). */
    REFUSED
}
