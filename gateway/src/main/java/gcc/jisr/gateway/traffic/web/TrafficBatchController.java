package gcc.jisr.gateway.traffic.web;

import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.traffic.intake.NoticeBatch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Batch files of notices from national agencies: NDJSON, one notice per line, no evidence bytes. The answer is 200
 * with a report of every line, written while the file is read; each accepted line is as accepted as a single
 * submission, whatever happens to the lines after it.
 */
@RestController
public class TrafficBatchController {

    static final String BATCH = TrafficViolationController.VIOLATIONS + "/batch";
    static final String NDJSON = "application/x-ndjson";

    private final NoticeBatch batch;
    private final AgencyAdmission admission;

    public TrafficBatchController(NoticeBatch batch, AgencyAdmission admission) {
        this.batch = batch;
        this.admission = admission;
    }

    @PostMapping(path = BATCH, consumes = NDJSON, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public void submit(HttpServletRequest request, HttpServletResponse response,
                       @RequestHeader(name = TrafficViolationController.CORRELATION_HEADER, required = false) String correlationId)
            throws IOException {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            // One admission per file: a batch is one call, whatever the number of its lines.
            admission.admit(AgencyCallers.of(request), GccServices.TRAFFIC_NOTICE, null);
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            batch.process(request.getInputStream(), response.getOutputStream(), AgencyCallers.of(request));
        }
    }
}
