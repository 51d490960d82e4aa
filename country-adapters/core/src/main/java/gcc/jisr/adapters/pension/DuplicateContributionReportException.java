package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.errors.JisrError;

/**
 * The fund already holds this report (same host institution and report id) and did not take it again. It answered the
 * first delivery with the per-record results, which the receiving gateway archived then; a redelivery after a crash
 * lands here, and the gateway answers with the acknowledgement it already has.
 */
public class DuplicateContributionReportException extends RegistryFormatException {

    private final String reportId;

    public DuplicateContributionReportException(String reportId, String detail) {
        super(JisrError.REPLAY, detail);
        this.reportId = reportId;
    }

    public String reportId() {
        return reportId;
    }
}
