package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.routes.partner.Envelope;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed delivery leads to: a partner's refusal of the message is final, its rate limit is not. */
class DeliveryFailureTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final List<String> outcomes = new ArrayList<>();

    @Test
    void aPartnerOverItsRateLimitIsAskedAgainLaterNotDeadLettered() throws Exception {
        fail(new JisrException(JisrError.RATE_LIMITED, "the SA gateway refused the request (HTTP 429)"));
        assertThat(outcomes).containsExactly("FAILED JISR-429-RATE-LIMITED next 2026-11-23T10:00:10Z");
    }

    @Test
    void aPartnerRefusingTheMessageItselfSendsItToTheDeadLetters() throws Exception {
        fail(new JisrException(JisrError.SCHEMA, "the SA gateway refused the request (HTTP 400)"));
        assertThat(outcomes).containsExactly("DEAD_LETTER JISR-400-SCHEMA");
    }

    private void fail(Exception cause) throws Exception {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 2.0, Duration.ofHours(1), Duration.ofHours(24), 0.0, () -> 0.5);
        DeliveryFailure failure = new DeliveryFailure(new RecordingLedger(), schedule, Clock.fixed(NOW, ZoneOffset.UTC));
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        DueMessage message = new DueMessage(1, "tracking-1", "message-1", "correlation-1", "gcc.traffic.violation.notify.v1",
                new Envelope.Party("KW", "MOI-TRAFFIC"), new Envelope.Party("SA", "MOI-MUROOR"), GccState.SA,
                "{}".getBytes(), List.of(), 1, NOW);
        exchange.getMessage().setBody(message);
        new DeliveryStart(new RecordingLedger(), GccState.KW).process(exchange);
        outcomes.clear();
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, cause);
        failure.process(exchange);
    }

    private final class RecordingLedger implements TrafficLedger {

        @Override
        public List<DueMessage> claimDue(int limit) {
            return List.of();
        }

        @Override
        public void handingOver(DueMessage message) {
        }

        @Override
        public void delivered(DueMessage message) {
            outcomes.add("DELIVERED");
        }

        @Override
        public void failed(DueMessage message, JisrError error, String detail, Instant nextAttemptAt) {
            outcomes.add("FAILED " + error.code() + " next " + nextAttemptAt);
        }

        @Override
        public void deadLettered(DueMessage message, JisrError error, String detail) {
            outcomes.add("DEAD_LETTER " + error.code());
        }

        @Override
        public Reception receive(Envelope envelope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void acknowledgedNationally(DueMessage notice, TrafficAcknowledgement acknowledgement) {
        }
    }
}
