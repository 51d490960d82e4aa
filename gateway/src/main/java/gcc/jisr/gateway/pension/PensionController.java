package gcc.jisr.gateway.pension;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.NationalPensionFormat;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.pension.ContributionReportReading;
import gcc.jisr.routes.pension.NationalReportReading;
import gcc.jisr.routes.pension.PensionDocumentIntake;
import gcc.jisr.routes.traffic.TrafficJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
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
import java.util.function.Supplier;

/**
 * The REST face of the pension flow for this state's institutions. A contribution report (NDJSON or one JSON
 * document) is read from the request stream as it arrives, never held whole; statements and notices are single
 * documents. Each answer is 202 once the gateway holds the message durably; tracking is the shared
 * {@code GET /api/v1/messages/{trackingId}}.
 *
 * <p>The national face ({@value #NATIONAL}/…) takes the same three in this state's national pension format: a separate
 * resource rather than content negotiation, because the national media types collide with the canonical ones (Saudi
 * Arabia's is application/json) and with each other (text/plain for the UAE and Bahrain).
 */
@RestController
public class PensionController {

    static final String REPORTS = "/api/v1/pension/contribution-reports";
    static final String STATEMENTS = "/api/v1/pension/service-periods";
    static final String NOTICES = "/api/v1/pension/notices";
    static final String NDJSON = "application/x-ndjson";
    /** The same three, in this state's national pension format (the adapter's media type), under one prefix. */
    static final String NATIONAL = "/api/v1/pension/national";
    static final String NATIONAL_REPORTS = NATIONAL + "/contribution-reports";
    static final String NATIONAL_STATEMENTS = NATIONAL + "/service-periods";
    static final String NATIONAL_NOTICES = NATIONAL + "/notices";
    private static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final String MESSAGES = "/api/v1/messages/";

    private final ContributionReportReading reports;
    private final PensionDocumentIntake documents;
    private final ReportAcknowledgements acknowledgements;
    private final NationalReportReading nationalReports;
    private final NationalPensionFormat nationalFormat;
    private final MessageOwners owners;
    private final AgencyAdmission admission;

    public PensionController(ContributionReportReading reports, PensionDocumentIntake documents,
                             ReportAcknowledgements acknowledgements, NationalReportReading nationalReports,
                             NationalPensionFormat nationalFormat, MessageOwners owners, AgencyAdmission admission) {
        this.owners = owners;
        this.admission = admission;
        this.reports = reports;
        this.documents = documents;
        this.acknowledgements = acknowledgements;
        this.nationalReports = nationalReports;
        this.nationalFormat = nationalFormat;
    }

    /**
     * The home fund's answer to a report sent from here, once it is back: the acknowledgement (counts, or the refusal)
     * on the first line, then the result of every record, one per line.
     */
    @GetMapping(path = REPORTS + "/{trackingId}/acknowledgement",
            produces = {NDJSON, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public void acknowledgement(@PathVariable String trackingId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ReportAcknowledgements.Found found = acknowledgements.find(trackingId, owners.of(request));
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
            return accepted(reports.readNdjson(in, admitted(request, GccServices.PENSION_CONTRIBUTION_REPORT)));
        }
    }

    @PostMapping(path = REPORTS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitJson(HttpServletRequest request,
                                             @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId)
            throws IOException {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId);
             InputStream in = request.getInputStream()) {
            return accepted(reports.readJson(in, admitted(request, GccServices.PENSION_CONTRIBUTION_REPORT)));
        }
    }

    @PostMapping(path = STATEMENTS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitStatement(@RequestBody(required = false) byte[] body,
                                                  @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId,
                                                  HttpServletRequest request) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            return accepted(documents.submitStatement(body == null ? new byte[0] : body, admitted(request, GccServices.PENSION_SERVICE_PERIODS)));
        }
    }

    @PostMapping(path = NOTICES, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitNotice(@RequestBody(required = false) byte[] body,
                                               @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId,
                                               HttpServletRequest request) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            return accepted(documents.submitNotice(body == null ? new byte[0] : body, admitted(request, GccServices.PENSION_NOTICE)));
        }
    }

    /**
     * A contribution report in this state's national format, read as a stream through the state adapter and accepted
     * like an NDJSON one; a refused record names its line in the national file.
     */
    @PostMapping(path = NATIONAL_REPORTS, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitNationalReport(HttpServletRequest request,
                                                       @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId)
            throws IOException {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId);
             InputStream in = request.getInputStream()) {
            requireNationalType(request.getContentType());
            return accepted(nationalReports.read(in, admitted(request, GccServices.PENSION_CONTRIBUTION_REPORT)));
        }
    }

    @PostMapping(path = NATIONAL_STATEMENTS, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitNationalStatement(HttpServletRequest request, @RequestBody(required = false) byte[] body,
                                                          @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            requireNationalType(request.getContentType());
            ServicePeriodStatement statement = national(() -> nationalFormat.readStatement(body == null ? new byte[0] : body));
            return accepted(documents.submitStatement(TrafficJson.bytes(statement), admitted(request, GccServices.PENSION_SERVICE_PERIODS)));
        }
    }

    @PostMapping(path = NATIONAL_NOTICES, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitNationalNotice(HttpServletRequest request, @RequestBody(required = false) byte[] body,
                                                       @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            requireNationalType(request.getContentType());
            PensionNotice notice = national(() -> nationalFormat.readNotice(body == null ? new byte[0] : body));
            return accepted(documents.submitNotice(TrafficJson.bytes(notice), admitted(request, GccServices.PENSION_NOTICE)));
        }
    }

    /** The agency that authenticated, once admitted to the service: the intake then holds the message's sender to it. */
    private AgencyCaller admitted(HttpServletRequest request, String service) {
        AgencyCaller caller = AgencyCallers.of(request);
        admission.admit(caller, service, null);
        return caller;
    }

    /** The national face takes the adapter's media type only (its parameters, such as the charset, aside). */
    private void requireNationalType(String contentType) {
        MediaType expected = MediaType.parseMediaType(nationalFormat.contentType());
        MediaType given;
        try {
            given = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            given = null;
        }
        if (given == null || !given.equalsTypeAndSubtype(expected)) {
            throw new JisrException(JisrError.UNSUPPORTED_MEDIA_TYPE, "the " + nationalFormat.state()
                    + " national pension format is " + expected + ", not " + contentType);
        }
    }

    /** A national statement or notice that the adapter cannot read is refused as malformed, naming the field. */
    private static <T> T national(Supplier<T> read) {
        try {
            return read.get();
        } catch (RegistryFormatException unreadable) {
            throw new JisrException(JisrError.MALFORMED, "the national file cannot be read: " + unreadable.getMessage());
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
