package gcc.jisr.gateway.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocalMessageEventsTest {

    static final Instant T = Instant.parse("2026-12-06T06:00:00.123Z");

    @Test
    void anEnvelopeArchivedInTheMillisecondOfItsDeliveryComesBeforeTheDelivery() {
        List<MessageEvent> history = List.of(step(T.minusMillis(5), "ACCEPTED"), step(T, "FORWARDED"),
                step(T, "DELIVERED"), step(T.plusMillis(40), "ACKNOWLEDGED"));
        List<MessageEvent> archive = List.of(step(T, "SIGNED"), step(T, "RECEIPT"));

        assertThat(events(LocalMessageEvents.merged(history, archive)))
                .containsExactly("ACCEPTED", "FORWARDED", "SIGNED", "RECEIPT", "DELIVERED", "ACKNOWLEDGED");
    }

    @Test
    void aReplayedMessageIsSentAgainAfterTheReplay() {
        List<MessageEvent> history = List.of(step(T.minusSeconds(9), "ACCEPTED"), step(T.minusSeconds(8), "DEAD_LETTER"),
                step(T, "REPLAYED"), step(T, "FORWARDED"), step(T, "DELIVERED"));
        List<MessageEvent> archive = List.of(step(T, "SIGNED"), step(T, "RECEIPT"));

        assertThat(events(LocalMessageEvents.merged(history, archive)))
                .containsExactly("ACCEPTED", "DEAD_LETTER", "REPLAYED", "FORWARDED", "SIGNED", "RECEIPT", "DELIVERED");
    }

    @Test
    void anEnvelopeReceivedIsArchivedBeforeTheMessageIsTrackedInTheSameMillisecond() {
        List<MessageEvent> history = List.of(step(T, "ACCEPTED"), step(T.plusMillis(3), "DELIVERED"));
        List<MessageEvent> archive = List.of(step(T, "VERIFIED"));

        assertThat(events(LocalMessageEvents.merged(history, archive))).containsExactly("VERIFIED", "ACCEPTED", "DELIVERED");
    }

    @Test
    void stepsOfDifferentMillisecondsGoByTime() {
        List<MessageEvent> history = List.of(step(T, "ACCEPTED"), step(T.plusMillis(2), "FORWARDED"),
                step(T.plusMillis(9), "DELIVERED"));
        List<MessageEvent> archive = List.of(step(T.plusMillis(1), "SIGNED"), step(T.plusMillis(8), "RECEIPT"));

        assertThat(events(LocalMessageEvents.merged(history, archive)))
                .containsExactly("ACCEPTED", "SIGNED", "FORWARDED", "RECEIPT", "DELIVERED");
    }

    static MessageEvent step(Instant at, String event) {
        return new MessageEvent(at, "KW", "kw-1", event, null, null, null, null);
    }

    static List<String> events(List<MessageEvent> events) {
        return events.stream().map(MessageEvent::event).toList();
    }
}
