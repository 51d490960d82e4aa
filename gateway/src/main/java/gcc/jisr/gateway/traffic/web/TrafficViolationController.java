package gcc.jisr.gateway.traffic.web;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.agency.RequesterIsCaller;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.intake.NoticeChecks;
import gcc.jisr.routes.traffic.intake.ReceivedEvidence;
import gcc.jisr.routes.traffic.intake.StatusUpdateChecks;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.intake.SubmissionJson;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The REST face of traffic-violation intake for national agencies: a notice as JSON (no evidence) or as
 * multipart/form-data (a {@code notice} part and one {@code evidence} part per item), and status updates. Each is
 * checked whole before anything is handed to the intake, which answers once it holds the submission durably.
 */
@RestController
public class TrafficViolationController {

    static final String VIOLATIONS = "/api/v1/traffic/violations";
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Set<String> EVIDENCE_TYPES = Set.of("image/jpeg", "image/png", "video/mp4", "application/pdf");
    private static final Set<String> UNLABELLED = Set.of("application/octet-stream");

    private final NoticeChecks notices;
    private final StatusUpdateChecks updates;
    private final TrafficIntake intake;
    private final long maxNoticeBytes;
    private final AgencyAdmission admission;

    public TrafficViolationController(NoticeChecks notices, StatusUpdateChecks updates, TrafficIntake intake, JisrProperties jisr,
                                      AgencyAdmission admission) {
        this.admission = admission;
        this.notices = notices;
        this.updates = updates;
        this.intake = intake;
        this.maxNoticeBytes = jisr.limits().maxBodySize().toBytes();
    }

    @PostMapping(path = VIOLATIONS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submit(@RequestBody(required = false) byte[] body,
                                         @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId,
                                         HttpServletRequest request) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            ViolationNotice notice = SubmissionJson.readNotice(body == null ? new byte[0] : body);
            requireReporterIsCaller(notice, request);
            return accepted(intake.submitNotice(notices.check(notice, List.of())));
        }
    }

    @PostMapping(path = VIOLATIONS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> submitWithEvidence(HttpServletRequest request,
                                                     @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId)
            throws IOException, ServletException {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            Part noticePart = null;
            List<Part> evidenceParts = new ArrayList<>();
            for (Part part : request.getParts()) {
                switch (part.getName()) {
                    case "notice" -> {
                        if (noticePart != null) {
                            throw multipart("notice", "a submission has one notice part");
                        }
                        noticePart = part;
                    }
                    case "evidence" -> evidenceParts.add(part);
                    default -> throw multipart(part.getName(), "unknown part '" + part.getName() + "'; the parts are notice and evidence");
                }
            }
            if (noticePart == null) {
                throw multipart("notice", "the notice part (application/json) is missing");
            }
            ViolationNotice notice = SubmissionJson.readNotice(readNotice(noticePart));
            requireReporterIsCaller(notice, request);
            if (evidenceParts.size() > notices.limits().maxItems()) {
                throw multipart("evidence", evidenceParts.size() + " evidence parts; this gateway accepts at most "
                        + notices.limits().maxItems());
            }
            List<ReceivedEvidence> evidence = new ArrayList<>();
            for (Part part : evidenceParts) {
                evidence.add(readEvidence(part, evidence.size()));
            }
            return accepted(intake.submitNotice(notices.check(notice, evidence)));
        }
    }

    @PostMapping(path = VIOLATIONS + "/{trackingId}/status", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> updateStatus(@PathVariable String trackingId, @RequestBody(required = false) byte[] body,
                                               @RequestHeader(name = CORRELATION_HEADER, required = false) String correlationId,
                                               HttpServletRequest request) {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            ViolationStatusUpdate update = SubmissionJson.readStatusUpdate(body == null ? new byte[0] : body);
            if (update.getSender() != null) {
                RequesterIsCaller.require(AgencyCallers.of(request), update.getSender().getState(), update.getSender().getAgency(),
                        "sender", "/sender");
            }
            admission.admit(AgencyCallers.of(request), GccServices.TRAFFIC_STATUS, null);
            return accepted(intake.submitStatusUpdate(trackingId, updates.check(trackingId, update)));
        }
    }

    static ResponseEntity<byte[]> accepted(SubmissionAccepted accepted) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(TrackingController.MESSAGES + "/" + accepted.getTrackingId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(TrafficJson.bytes(accepted));
    }

    private void requireReporterIsCaller(ViolationNotice notice, HttpServletRequest request) {
        RequesterIsCaller.require(AgencyCallers.of(request), notice.getReporter().getState(), notice.getReporter().getAgency(),
                "reporter", "/reporter");
        admission.admit(AgencyCallers.of(request), GccServices.TRAFFIC_NOTICE, null);
    }

    private byte[] readNotice(Part part) throws IOException {
        // A form field sent without a type (as browsers send them) is taken for JSON; the schema decides.
        String type = mediaType(part.getContentType());
        if (type != null && !type.equals(MediaType.APPLICATION_JSON_VALUE)) {
            throw new JisrException(JisrError.UNSUPPORTED_MEDIA_TYPE, "the notice part is " + type + "; send it as application/json",
                    List.of(new FieldViolation("notice", "not application/json")));
        }
        if (part.getSize() > maxNoticeBytes) {
            throw new JisrException(JisrError.BODY_TOO_LARGE, "the notice part is larger than " + maxNoticeBytes + " bytes",
                    List.of(new FieldViolation("notice", "larger than " + maxNoticeBytes + " bytes")));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private ReceivedEvidence readEvidence(Part part, int index) {
        String name = "evidence part " + (index + 1) + (part.getSubmittedFileName() == null ? "" : " (" + part.getSubmittedFileName() + ")");
        String type = mediaType(part.getContentType());
        if (type != null && UNLABELLED.contains(type)) {
            type = null;
        }
        if (type != null && !EVIDENCE_TYPES.contains(type)) {
            throw new JisrException(JisrError.UNSUPPORTED_MEDIA_TYPE, name + " is " + type + "; evidence is one of " + EVIDENCE_TYPES,
                    List.of(new FieldViolation("evidence", "not an evidence type: " + type)));
        }
        long max = notices.limits().maxBytes();
        if (part.getSize() > max) {
            throw new JisrException(JisrError.ATTACHMENT_TOO_LARGE, name + " is larger than " + max
                    + " bytes, the most this gateway accepts for one item", List.of(new FieldViolation("evidence", "larger than " + max + " bytes")));
        }
        try (InputStream in = part.getInputStream()) {
            return ReceivedEvidence.read(name, type, in, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static JisrException multipart(String part, String reason) {
        return new JisrException(JisrError.SCHEMA, reason, List.of(new FieldViolation(part, reason)));
    }
}
