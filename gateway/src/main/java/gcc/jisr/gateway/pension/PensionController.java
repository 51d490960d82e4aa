package gcc.jisr.gateway.pension;

import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.pension.ContributionReportReading;
import gcc.jisr.routes.pension.PensionDocumentIntake;
import gcc.jisr.routes.traffic.TrafficJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * The REST face of the pension flow for this state's institutions. A contribution report (NDJSON or one JSON
 * document) is read from the request stream as it arrives, never held whole; statements and notices are single
 * documents. Each answer is 202 once the gateway holds the message durably; tracking is the shared
 * {@code GET /api/v1/messages/{trackingId}}.
 */
@RestController
public class PensionController {

    static final String REPORTS = "/api/v1/pension/contribution-reports";
    static final String STATEMENTS = "/api/v1/pension/service-periods";
    static final String NOTICES = "/api/v1/pension/notices";
    static final String NDJSON = "application/x-ndjson";
    private static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final String MESSAGES = "/api/v1/messages/";

    private final ContributionReportReading reports;
    private final PensionDocumentIntake documents;
    private final ReportAcknowledgements acknowledgements;

    public PensionController(ContributionReportReading reports, PensionDocumentIntake documents,
                             ReportAcknowledgements acknowledgements) {
        this.reports = reports;
        this.documents = documents;
        this.acknowledgements = acknowledgements;
    }

    /**
     * The home fund's answer to a report sent from here, once it is back: the acknowledgement (counts, or the refusal)
     * on the first line, then the result of every record, one per line.
     */
    @GetMapping(path = REPORTS + "/{trackingId}/acknowledgement",
            produces = {NDJSON, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public void acknowledgement(@PathVariable String trackingId, HttpServletResponse response) throws IOException {
        ReportAcknowledgements.Found found = acknowledgements.find(trackingId);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(NDJSON);
        acknowledgements.write(found, response.getOutputStream());
    }

    @PostMapping(path = REPORTS, consumes = NDJSON,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitNdjson(HttpServletRequest request,
                                               @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId)
            throws IOException {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId);
             InputStream in = request.getInputStream()) {
            return accepted(reports.readNdjson(in));
        }
    }

    @PostMapping(path = REPORTS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitJson(HttpServletRequest request,
                                             @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId)
            throws IOException {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId);
             InputStream in = request.getInputStream()) {
            return accepted(reports.readJson(in));
        }
    }

    @PostMapping(path = STATEMENTS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitStatement(@RequestBody(required = false) byte[] body,
                                                  @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            return accepted(documents.submitStatement(body == null ? new byte[0] : body));
        }
    }

    @PostMapping(path = NOTICES, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitNotice(@RequestBody(required = false) byte[] body,
                                               @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            return accepted(documents.submitNotice(body == null ? new byte[0] : body));
        }
    }

    private static ResponseEntity<byte[]> accepted(ContributionReportAccepted accepted) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(MESSAGES + accepted.getTrackingId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(TrafficJson.bytes(accepted));
    }

    private static ResponseEntity<byte[]> accepted(SubmissionAccepted accepted) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(MESSAGES + accepted.getTrackingId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(TrafficJson.bytes(accepted));
    }
}
