package gcc.jisr.routes.pension;

import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * This state's pension fund, as the pension routes hand it what partners sent. Today the canonical documents over
 * HTTP (NDJSON for a report); a state's national pension format plugs in here.
 */
public interface PensionFund {

    /** How many records the fund took and refused. */
    record ReportAnswer(int accepted, int rejected) {
    }

    /**
     * Hands over a report as a stream: the header (with {@code withheld}), then its records one at a time; the
     * fund's answer for each record is passed to {@code results} as it is read.
     *
     * @throws gcc.jisr.contracts.errors.JisrException REGISTRY_UNAVAILABLE when the fund cannot be reached (tried
     *         again later), REGISTRY_PROTOCOL when its answer cannot be read
     */
    ReportAnswer report(ContributionReport header, Iterator<byte[]> records, Consumer<RecordResult> results);

    PensionAcknowledgement statement(ServicePeriodStatement statement);

    PensionAcknowledgement notice(PensionNotice notice);
}
