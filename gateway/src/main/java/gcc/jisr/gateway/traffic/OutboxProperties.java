package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.GccState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Set;

/**
 * How this node works the outbox ({@code jisr.outbox.*}): its name in leases and histories (empty: state, host and
 * process id), how often and how much it polls, how many deliveries run at once, how long a lease lasts (a node that
 * dies holds its entries this long), the retry schedule, and the partner states whose messages are held (suspended).
 */
@Validated
@ConfigurationProperties("jisr.outbox")
public record OutboxProperties(
        @DefaultValue("") String node,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("32") @Min(1) int batchSize,
        @DefaultValue("4") @Min(1) int concurrency,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("15s") Duration nationalTimeout,
        @Valid @DefaultValue Retry retry,
        @DefaultValue Set<GccState> held) {

    /** Back-off: first wait, growth per attempt, longest wait, spread (±), and when to give up (from acceptance). */
    public record Retry(
            @DefaultValue("10s") Duration firstInterval,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
            @DefaultValue("1h") Duration maxInterval,
            @DefaultValue("24h") Duration giveUpAfter,
            @DefaultValue("0.2") @DecimalMin("0.0") @DecimalMax("0.99") double jitter) {
    }
}
