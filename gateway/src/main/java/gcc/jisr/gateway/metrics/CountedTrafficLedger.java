package gcc.jisr.gateway.metrics;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.traffic.DueMessage;
import gcc.jisr.routes.traffic.Reception;
import gcc.jisr.routes.traffic.TrafficLedger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Instant;
import java.util.List;

/**
 * The traffic ledger, counting each delivery outcome as it is recorded: {@value #OUTCOMES} by destination (a partner
 * state, or this state for its own traffic system), service and outcome (DELIVERED, FAILED with the error code,
 * DEAD_LETTER). Counting where outcomes are recorded, rather than in the routes, counts exactly what the store holds.
 */
public final class CountedTrafficLedger implements TrafficLedger {

    static final String OUTCOMES = "jisr.deliveries";

    private final TrafficLedger ledger;
    private final MeterRegistry registry;

    public CountedTrafficLedger(TrafficLedger ledger, MeterRegistry registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    @Override
    public List<DueMessage> claimDue(int limit) {
        return ledger.claimDue(limit);
    }

    @Override
    public void handingOver(DueMessage message) {
        ledger.handingOver(message);
    }

    @Override
    public void delivered(DueMessage message) {
        ledger.delivered(message);
        outcome(message, "DELIVERED", "none").increment();
    }

    @Override
    public void failed(DueMessage message, JisrError error, String detail, Instant nextAttemptAt) {
        ledger.failed(message, error, detail, nextAttemptAt);
        outcome(message, "FAILED", error.code()).increment();
    }

    @Override
    public void deadLettered(DueMessage message, JisrError error, String detail) {
        ledger.deadLettered(message, error, detail);
        outcome(message, "DEAD_LETTER", error.code()).increment();
    }

    @Override
    public Reception receive(Envelope envelope) {
        return ledger.receive(envelope);
    }

    @Override
    public void acknowledgedNationally(DueMessage notice, TrafficAcknowledgement acknowledgement) {
        ledger.acknowledgedNationally(notice, acknowledgement);
        outcome(notice, "DELIVERED", "none").increment();
    }

    private Counter outcome(DueMessage message, String outcome, String code) {
        return Counter.builder(OUTCOMES)
                .description("Delivery attempts of store-and-forward messages, by outcome")
                .tag("destination", message.destination().name())
                .tag("service", message.service())
                .tag("outcome", outcome)
                .tag("code", code)
                .register(registry);
    }
}
