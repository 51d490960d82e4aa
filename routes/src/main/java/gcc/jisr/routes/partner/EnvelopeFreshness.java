package gcc.jisr.routes.partner;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Refuses an envelope created longer ago than the replay window, or dated further in the future than the clock
 * skew allowed, or past its own expiry: the seen-ids store only has to remember ids for as long as this lets
 * an envelope in.
 */
final class EnvelopeFreshness implements Processor {

    private final Duration window;
    private final Duration clockSkew;
    private final Clock clock;

    EnvelopeFreshness(Duration window, Duration clockSkew, Clock clock) {
        this.window = window;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Envelope envelope = PartnerDelivery.of(exchange).envelope;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (envelope.createdAt().isBefore(now.minus(window))) {
            throw new JisrException(JisrError.STALE_MESSAGE, "the envelope was created at " + envelope.createdAt()
                    + ", more than " + window + " ago");
        }
        if (envelope.createdAt().isAfter(now.plus(clockSkew))) {
            throw new JisrException(JisrError.STALE_MESSAGE, "the envelope is dated " + envelope.createdAt()
                    + ", in the future beyond the allowed clock skew of " + clockSkew);
        }
        if (!envelope.expiresAt().isAfter(now)) {
            throw new JisrException(JisrError.STALE_MESSAGE, "the envelope expired at " + envelope.expiresAt());
        }
    }

    /** How long a seen id must be remembered so that no replay can pass the freshness check afterwards. */
    Duration memory() {
        return window.plus(clockSkew).plus(clockSkew);
    }
}
