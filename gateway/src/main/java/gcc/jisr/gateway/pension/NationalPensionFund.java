package gcc.jisr.gateway.pension;

import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.money.InvalidAmountException;
import gcc.jisr.adapters.pension.DuplicateContributionReportException;
import gcc.jisr.adapters.pension.PensionCall;
import gcc.jisr.adapters.pension.PensionFundUnavailableException;
import gcc.jisr.adapters.pension.PensionSystemTranslator;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.routes.pension.PensionFund;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * This state's pension fund in its own national format, through the state adapter's {@link PensionSystemTranslator}:
 * a report is written to the fund record by record as the parts are opened (chunked, never whole), and the fund's
 * national answer is read back into a canonical result per record. A statement or notice is one national file, answered
 * by one. The paths are the adapter's ({@code pension.*-path} settings), under the fund's base URI.
 *
 * <p>The fund's answers map onto the flow's: unavailable (HTTP 503, or no answer) is REGISTRY_UNAVAILABLE, tried again
 * later; an answer that cannot be read or a refusal of what was sent is REGISTRY_PROTOCOL. A report the fund already
 * holds (a delivery repeated after a crash between the fund's answer and ours) is answered as the duplicate it is.
 */
final class NationalPensionFund implements PensionFund {

    private static final int CHUNK = 16 * 1024;
    private static final int MAX_SMALL_ANSWER = 1 << 20;

    private final URI base;
    private final Duration timeout;
    private final PensionSystemTranslator system;
    private final Clock clock;

    NationalPensionFund(URI base, Duration timeout, PensionSystemTranslator system, Clock clock) {
        this.base = base;
        this.timeout = timeout;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public ReportAnswer report(ContributionReport header, Iterator<byte[]> records, Consumer<RecordResult> results) {
        // The translator wants a message id only to name the acknowledgement it builds; the flow keeps its own.
        String reference = header.getHostInstitution() + "/" + header.getReportId();
        PensionCall call = system.contributionReportDelivery(header, new CanonicalRecords(records), reference);
        HttpURLConnection connection = open(call.path(), call.method(), call.contentType(), call.headers());
        connection.setChunkedStreamingMode(CHUNK);
        ContributionReportAcknowledgement acknowledgement;
        try {
            try (OutputStream out = connection.getOutputStream()) {
                call.body().writeTo(out);
            }
            int status = connection.getResponseCode();
            try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                acknowledgement = system.contributionAcknowledgementOf(header, reference, status, body, OffsetDateTime.now(clock));
            }
        } catch (PensionFundUnavailableException e) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, e.getMessage());
        } catch (DuplicateContributionReportException e) {
            throw new JisrException(JisrError.REGISTRY_PROTOCOL, e.getMessage() + "; its earlier answer is the one that counts");
        } catch (InvalidAmountException | RegistryFormatException e) {
            throw new JisrException(JisrError.REGISTRY_PROTOCOL, "the " + system.institution() + " fund's report exchange failed: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the pension fund did not answer: " + e.getMessage());
        } finally {
            connection.disconnect();
        }
        if (acknowledgement.getRefused() != null) {
            // The home gateway checked the totals before handing the report over: a fund that counts otherwise is a
            // disagreement for operators, not something to send back as the fund's word.
            throw new JisrException(JisrError.REGISTRY_PROTOCOL, "the " + system.institution() + " fund refused report "
                    + header.getReportId() + " for its totals although they add up here");
        }
        int accepted = 0;
        int rejected = 0;
        for (RecordResult result : acknowledgement.getRecordResult()) {
            if (result.getOutcome() == RecordOutcome.ACCEPTED) {
                accepted++;
            } else {
                rejected++;
            }
            results.accept(result);
        }
        return new ReportAnswer(accepted, rejected);
    }

    @Override
    public PensionAcknowledgement statement(ServicePeriodStatement statement) {
        return single(system.statementDelivery(statement, statement.getStatementId()), statement.getStatementId());
    }

    @Override
    public PensionAcknowledgement notice(PensionNotice notice) {
        return single(system.noticeDelivery(notice, notice.getNoticeId()), notice.getNoticeId());
    }

    private PensionAcknowledgement single(RegistryCall call, String reference) {
        HttpURLConnection connection = open(call.pathAndQuery(), call.method(), call.contentType(), call.headers());
        try {
            connection.setFixedLengthStreamingMode(call.body().length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(call.body());
            }
            int status = connection.getResponseCode();
            byte[] body;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                body = in == null ? null : in.readNBytes(MAX_SMALL_ANSWER);
            }
            PensionAcknowledgement acknowledgement = system.acknowledgementOf(reference, reference, status, body,
                    OffsetDateTime.now(clock));
            acknowledgement.setMessageId(null);
            return acknowledgement;
        } catch (PensionFundUnavailableException e) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, e.getMessage());
        } catch (RegistryFormatException e) {
            throw new JisrException(JisrError.REGISTRY_PROTOCOL, e.getMessage());
        } catch (IOException e) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the pension fund did not answer: " + e.getMessage());
        } finally {
            connection.disconnect();
        }
    }

    private HttpURLConnection open(String path, String method, String contentType, Map<String, String> headers) {
        try {
            String root = base.toString().replaceAll("/+$", "");
            HttpURLConnection connection = (HttpURLConnection) URI.create(root + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setDoOutput(true);
            connection.setConnectTimeout(Math.toIntExact(timeout.toMillis()));
            connection.setReadTimeout(Math.toIntExact(timeout.toMillis()));
            connection.setRequestProperty("Content-Type", contentType);
            headers.forEach(connection::setRequestProperty);
            return connection;
        } catch (IOException e) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the pension fund cannot be reached: " + e.getMessage());
        }
    }

    /** The opened record lines as canonical records, read one at a time as the national writer asks for them. */
    private record CanonicalRecords(Iterator<byte[]> lines) implements Iterator<ContributionRecord> {
        @Override
        public boolean hasNext() {
            return lines.hasNext();
        }

        @Override
        public ContributionRecord next() {
            return TrafficJson.read(TrafficJson.tree(lines.next()), ContributionRecord.class);
        }
    }
}
