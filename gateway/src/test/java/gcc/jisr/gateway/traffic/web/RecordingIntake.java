package gcc.jisr.gateway.traffic.web;

import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.gateway.traffic.DurableTrafficIntake;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.TrafficIntake;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway's durable intake, with a note of everything the faces hand it: the faces' tests assert that nothing of a
 * refused submission reached the intake, and what reached it of an accepted one.
 */
public class RecordingIntake implements TrafficIntake {

    public final List<CheckedNotice> notices = new CopyOnWriteArrayList<>();
    public final List<ViolationStatusUpdate> updates = new CopyOnWriteArrayList<>();
    private final TrafficIntake store;

    RecordingIntake(TrafficIntake store) {
        this.store = store;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Beans {
        @Bean
        @Primary
        RecordingIntake recordingIntake(DurableTrafficIntake store) {
            return new RecordingIntake(store);
        }
    }

    public void clear() {
        notices.clear();
        updates.clear();
    }

    @Override
    public SubmissionAccepted submitNotice(CheckedNotice notice) {
        notices.add(notice);
        return store.submitNotice(notice);
    }

    @Override
    public SubmissionAccepted submitStatusUpdate(String trackingId, ViolationStatusUpdate update) {
        updates.add(update);
        return store.submitStatusUpdate(trackingId, update);
    }
}
