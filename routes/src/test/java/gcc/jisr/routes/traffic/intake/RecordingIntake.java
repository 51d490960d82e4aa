package gcc.jisr.routes.traffic.intake;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.TrafficIntake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An intake that keeps what it is handed in memory, answering a repeated violation with its first acceptance. */
final class RecordingIntake implements TrafficIntake {

    final List<CheckedNotice> notices = new ArrayList<>();
    private final Map<String, SubmissionAccepted> byViolation = new LinkedHashMap<>();
    String failOnReference;

    @Override
    public synchronized SubmissionAccepted submitNotice(CheckedNotice notice) {
        String reference = notice.notice().getViolationReference();
        if (reference.equals(failOnReference)) {
            throw new IllegalStateException("the store is down");
        }
        notices.add(notice);
        return byViolation.computeIfAbsent(notice.notice().getReporter().getState() + "/" + reference, k -> {
            SubmissionAccepted accepted = new SubmissionAccepted();
            accepted.setTrackingId(UUID.randomUUID().toString());
            accepted.setMessageId(UUID.randomUUID().toString());
            accepted.setStatus(TrackingStatus.ACCEPTED);
            accepted.setAcceptedAt(OffsetDateTime.now(ZoneOffset.UTC));
            return accepted;
        });
    }

    @Override
    public SubmissionAccepted submitStatusUpdate(String trackingId, ViolationStatusUpdate update) {
        throw new JisrException(JisrError.NOT_FOUND, "no status updates in this test");
    }
}
