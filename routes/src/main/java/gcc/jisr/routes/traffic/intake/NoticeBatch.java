package gcc.jisr.routes.traffic.intake;

import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.agency.RequesterIsCaller;
import gcc.jisr.routes.traffic.TrafficJson;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.routes.traffic.TrafficIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * A batch file of notices (NDJSON: one notice per line, no evidence bytes), read and accepted line by line: each line
 * is checked and handed to the intake on its own, so a bad line refuses that notice only, and the report says for
 * every line what became of it. The file is never held whole: lines are read one at a time, and the report is
 * written as they are.
 *
 * <p>The batch stops early (its report says {@code "complete": false}) at the first line past the limit, when the
 * body turns out larger than the gateway accepts, or at the first failure of the gateway itself, which would fail
 * every following line the same way. Lines after it were not read. Sending the whole file again is safe: a notice
 * already accepted is answered with its first tracking id and is not forwarded twice.
 */
public final class NoticeBatch {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeBatch.class);

    private final NoticeChecks checks;
    private final TrafficIntake intake;
    private final BatchLimits limits;

    public NoticeBatch(NoticeChecks checks, TrafficIntake intake, BatchLimits limits) {
        this.checks = Objects.requireNonNull(checks, "checks");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** What a batch came to; the report written has the same counts. */
    public record Outcome(int notices, int accepted, int refused, boolean complete) {
    }

    /**
     * Reads the batch from {@code in} and writes its report (traffic-batch-report.schema.json) to {@code out}.
     *
     * @throws IOException when the caller's connection fails; the report is then incomplete, the notices it names as
     *                     accepted are accepted
     */
    public Outcome process(InputStream in, OutputStream out, AgencyCaller caller) throws IOException {
        BoundedLines lines = new BoundedLines(in, limits.maxLineBytes());
        int notices = 0;
        int accepted = 0;
        boolean complete = true;
        try (JsonGenerator report = TrafficJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            report.writeStartObject();
            report.writeArrayFieldStart("results");
            while (true) {
                BoundedLines.Line line;
                try {
                    line = lines.next();
                } catch (JisrException bodyTooLarge) {
                    refused(report, notices + 1, null, bodyTooLarge);
                    notices++;
                    complete = false;
                    break;
                }
                if (line == null) {
                    break;
                }
                if (line.blank()) {
                    continue;
                }
                notices++;
                if (notices > limits.maxLines()) {
                    refused(report, line.number(), null, new JisrException(JisrError.BODY_TOO_LARGE, "a batch holds at most "
                            + limits.maxLines() + " notices; this line and any after it were not read"));
                    complete = false;
                    break;
                }
                JisrException failure = submit(report, line, caller);
                if (failure == null) {
                    accepted++;
                } else if (!failure.error().isClientError()) {
                    complete = false;
                    break;
                }
            }
            report.writeEndArray();
            report.writeNumberField("notices", notices);
            report.writeNumberField("accepted", accepted);
            report.writeNumberField("refused", notices - accepted);
            report.writeBooleanField("complete", complete);
            report.writeEndObject();
        }
        LOG.info("batch read notices={} accepted={} refused={} complete={}", notices, accepted, notices - accepted, complete);
        return new Outcome(notices, accepted, notices - accepted, complete);
    }

    private JisrException submit(JsonGenerator report, BoundedLines.Line line, AgencyCaller caller) throws IOException {
        if (line.tooLong()) {
            JisrException failure = new JisrException(JisrError.BODY_TOO_LARGE, "the line is longer than "
                    + limits.maxLineBytes() + " bytes, the most this gateway accepts for one notice");
            refused(report, line.number(), null, failure);
            return failure;
        }
        ViolationNotice notice = null;
        try {
            notice = SubmissionJson.readNotice(line.bytes());
            // Each line names its reporter; a line naming another agency is refused alone, as any bad line is.
            RequesterIsCaller.require(caller, notice.getReporter().getState(), notice.getReporter().getAgency(), "reporter", "/reporter");
            SubmissionAccepted accepted = intake.submitNotice(checks.check(notice, List.of()));
            report.writeStartObject();
            report.writeNumberField("line", line.number());
            report.writeStringField("outcome", "ACCEPTED");
            report.writeStringField("violationReference", notice.getViolationReference());
            report.writeStringField("trackingId", accepted.getTrackingId());
            report.writeStringField("messageId", accepted.getMessageId());
            report.writeStringField("status", accepted.getStatus().value());
            report.writeEndObject();
            return null;
        } catch (JisrException failure) {
            refused(report, line.number(), notice, failure);
            return failure;
        } catch (RuntimeException unexpected) {
            LOG.error("batch line {} failed", line.number(), unexpected);
            JisrException failure = new JisrException(JisrError.INTERNAL,
                    "the gateway failed to process the line; its operators have the details", unexpected);
            refused(report, line.number(), notice, failure);
            return failure;
        }
    }

    private static void refused(JsonGenerator report, int line, ViolationNotice notice, JisrException failure) throws IOException {
        LOG.warn("batch line refused line={} code={}", line, failure.error().code());
        report.writeStartObject();
        report.writeNumberField("line", line);
        report.writeStringField("outcome", "REFUSED");
        if (notice != null) {
            report.writeStringField("violationReference", notice.getViolationReference());
        }
        report.writeStringField("code", failure.error().code());
        report.writeStringField("detail", failure.getMessage());
        if (!failure.violations().isEmpty()) {
            report.writeArrayFieldStart("violations");
            for (JisrException.FieldViolation v : failure.violations()) {
                report.writeStartObject();
                report.writeStringField("field", v.field());
                report.writeStringField("reason", v.reason());
                report.writeEndObject();
            }
            report.writeEndArray();
        }
        report.writeEndObject();
    }
}
