package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Iterator;

/**
 * Translates pension messages between the GCC canonical contract and one state's pension system, on both sides of a
 * border. Like every adapter part, it never opens a connection: the routes carry the bytes.
 *
 * <p><b>Sending side</b> (this state is the host, its agency submits in its national format): {@link
 * #contributionReportOf} reads a national contribution file as a canonical head and a stream of records, each one a
 * record or a per-record problem; {@link #statementOf} and {@link #noticeOf} read the small messages.
 *
 * <p><b>Receiving side</b> (this state's fund is the addressee): {@link #contributionReportDelivery} is the streaming
 * call that hands a report to the fund, {@link #contributionAcknowledgementOf} reads the fund's per-record answer into
 * the canonical acknowledgement; {@link #statementDelivery}, {@link #noticeDelivery} and {@link #acknowledgementOf} do
 * the same for statements and notices.
 *
 * <p>Answers: HTTP 503 is the fund saying it is down ({@link PensionFundUnavailableException}, retried); any other
 * status but 200 is a refusal of what was sent ({@link gcc.jisr.adapters.RegistryFormatException}, not retried).
 */
public interface PensionSystemTranslator {

    /** The fund's institution id, e.g. {@code KW:PIFSS}: the home institution of reports addressed here. */
    String institution();

    // ------------------------------------------------------------------ sending side

    /**
     * Starts reading a national contribution file; the caller streams the records and closes the reader.
     *
     * @throws gcc.jisr.adapters.RegistryFormatException when the file's head cannot be read
     */
    ContributionFileReader contributionReportOf(InputStream nationalFile) throws IOException;

    ServicePeriodStatement statementOf(byte[] nationalFile);

    PensionNotice noticeOf(byte[] nationalFile);

    // ------------------------------------------------------------------ receiving side

    /**
     * The call that hands a report to this state's fund; its body draws {@code records} as it is written.
     *
     * @param report the report's head; its {@code record} list is not read
     */
    PensionCall contributionReportDelivery(ContributionReport report, Iterator<ContributionRecord> records, String messageId);

    /**
     * Reads the fund's answer to {@link #contributionReportDelivery} into the acknowledgement for the host institution:
     * a result for every record, or the refusal of the whole report with the totals that differ.
     *
     * @param receivedAt when this gateway received the report, for an answer that gives no time of its own
     * @throws PensionFundUnavailableException       on HTTP 503 (retry)
     * @throws DuplicateContributionReportException  when the fund already holds the report
     * @throws gcc.jisr.adapters.RegistryFormatException when the answer is a refusal or not what the format promises
     */
    ContributionReportAcknowledgement contributionAcknowledgementOf(ContributionReport report, String messageId, int httpStatus,
                                                                    InputStream body, OffsetDateTime receivedAt) throws IOException;

    RegistryCall statementDelivery(ServicePeriodStatement statement, String messageId);

    RegistryCall noticeDelivery(PensionNotice notice, String messageId);

    /**
     * Reads the fund's answer to a statement or notice.
     *
     * @param reference the statement or notice id delivered, which the answer must name
     */
    PensionAcknowledgement acknowledgementOf(String reference, String messageId, int httpStatus, byte[] body, OffsetDateTime receivedAt);
}
