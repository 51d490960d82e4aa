package gcc.jisr.routes.pension;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.traffic.RetrySchedule;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What a failed attempt leads to, as for traffic: a refusal saying the part itself is wrong (4xx, or the fund refusing
 * what it was handed) is dead-lettered at once; anything else is tried again after the back-off until it gives up.
 */
final class PensionDeliveryFailure implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PensionDeliveryFailure.class);

    private final PensionLedger ledger;
    private final RetrySchedule retries;
    private final Clock clock;

    PensionDeliveryFailure(PensionLedger ledger, RetrySchedule retries, Clock clock) {
        this.ledger = ledger;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        PensionDue due = PensionDeliveryStart.due(exchange);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        JisrError error = cause instanceof JisrException jisr ? jisr.error() : JisrError.INTERNAL;
        String detail = cause == null ? "unknown failure" : cause.getMessage();
        if (error == JisrError.INTERNAL) {
            LOG.error("pension {} part {}/{} to {} failed", due.trackingId(), due.index() + 1, due.count(), due.destination(), cause);
        }
        if ((error.isClientError() && !error.isRefusalForNow()) || error == JisrError.REGISTRY_PROTOCOL) {
            LOG.warn("pension {} part {}/{} to {} refused ({}): dead letter", due.trackingId(), due.index() + 1, due.count(),
                    due.destination(), error.code());
            ledger.deadLettered(due, error, detail);
            return;
        }
        Optional<Instant> next = retries.next(due.attempt(), due.acceptedAt(), clock.instant());
        if (next.isPresent()) {
            LOG.info("pension {} part {}/{} to {} failed attempt {} ({}), next at {}", due.trackingId(), due.index() + 1,
                    due.count(), due.destination(), due.attempt(), error.code(), next.get());
            ledger.failed(due, error, detail, next.get());
        } else {
            LOG.warn("pension {} part {}/{} to {} failed attempt {} ({}), giving up: dead letter", due.trackingId(),
                    due.index() + 1, due.count(), due.destination(), due.attempt(), error.code());
            ledger.deadLettered(due, error, detail);
        }
    }
}
