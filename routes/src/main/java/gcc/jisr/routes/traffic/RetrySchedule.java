package gcc.jisr.routes.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a failed delivery: exponential back-off from {@code firstInterval}, capped at
 * {@code maxInterval}, each wait spread by up to ±{@code jitter} so that the messages held by one partner's outage do
 * not all come back at the same instant; and nothing after {@code giveUpAfter} from acceptance.
 */
public record RetrySchedule(Duration firstInterval, double multiplier, Duration maxInterval, Duration giveUpAfter,
                            double jitter, DoubleSupplier random) {

    public RetrySchedule {
        Objects.requireNonNull(random, "random");
        if (firstInterval.isNegative() || firstInterval.isZero() || maxInterval.compareTo(firstInterval) < 0
                || multiplier < 1 || jitter < 0 || jitter >= 1 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry schedule needs 0 < first <= max, multiplier >= 1, 0 <= jitter < 1");
        }
    }

    /** After the {@code attempt}-th attempt failed at {@code now}: when the next is due, or empty to give up. */
    public Optional<Instant> next(int attempt, Instant acceptedAt, Instant now) {
        double base = firstInterval.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, maxInterval.toMillis());
        double spread = capped * (1 + jitter * (2 * random.getAsDouble() - 1));
        Instant next = now.plusMillis(Math.max(1, Math.round(spread)));
        if (next.isAfter(acceptedAt.plus(giveUpAfter))) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
