package gcc.jisr.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Envelopes taken at the partner border: {@value #RECEIVED}, a timer (count and latency) by partner state, service and
 * outcome (ACCEPTED, or the refusal's code), from the bytes arriving to the signed answer leaving.
 */
public final class BorderMeters {

    static final String RECEIVED = "jisr.partner.envelopes.received";
    static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;

    public BorderMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param partner the sending state, or null when the envelope could not be read; likewise the service */
    public void received(String partner, String service, String outcome, Duration took) {
        Timer.builder(RECEIVED)
                .description("Envelopes from partner gateways, by outcome, with the time to answer them")
                .tag("partner", partner == null ? UNKNOWN : partner)
                .tag("service", service == null ? UNKNOWN : service)
                .tag("outcome", outcome)
                .publishPercentileHistogram(false)
                .register(registry)
                .record(took);
    }
}
