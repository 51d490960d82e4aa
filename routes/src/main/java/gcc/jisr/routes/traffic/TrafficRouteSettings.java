package gcc.jisr.routes.traffic;

import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.GccState;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the traffic routes need from the application: this gateway's state, its ledger, how often and how much the
 * outbox is polled, how deliveries are retried, and this state's national traffic system (its translator and its
 * address; without an address, messages for it wait in the outbox).
 */
public record TrafficRouteSettings(GccState ownState, TrafficLedger ledger, RetrySchedule retries, Duration pollInterval,
                                   int batchSize, int concurrency, TrafficSystemTranslator nationalTranslator,
                                   Optional<URI> nationalSystem, Duration nationalTimeout, Duration envelopeValidity,
                                   Clock clock) {

    public TrafficRouteSettings {
        Objects.requireNonNull(ownState, "ownState");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(nationalTranslator, "nationalTranslator");
        Objects.requireNonNull(nationalSystem, "nationalSystem");
        Objects.requireNonNull(clock, "clock");
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("outbox polling needs a positive interval, batch size and concurrency");
        }
    }
}
