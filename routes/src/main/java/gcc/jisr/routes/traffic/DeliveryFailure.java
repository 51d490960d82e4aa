package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides what a failed attempt leads to. A refusal that says the message itself is wrong (a 4xx code: schema,
 * authorization, status transition; or the national system refusing what it was handed, REGISTRY_PROTOCOL) would be
 * refused again: it goes to the dead letters at once, for an operator. A partner over its rate limit (429) is the
 * exception: the same message is welcome later, so it is tried again after the back-off.
 * Anything else (partner or national system unreachable, a 5xx, an untrusted answer) is tried again after the
 * back-off, until the schedule gives up.
 */
final class DeliveryFailure implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryFailure.class);

    private final TrafficLedger ledger;
    private final RetrySchedule retries;
    private final Clock clock;

    DeliveryFailure(TrafficLedger ledger, RetrySchedule retries, Clock clock) {
        this.ledger = ledger;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        DueMessage message = DeliveryStart.due(exchange);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        JisrError error = cause instanceof JisrException jisr ? jisr.error() : JisrError.INTERNAL;
        String detail = cause == null ? "unknown failure" : cause.getMessage();
        if ((error.isClientError() && !error.isRefusalForNow()) || error == JisrError.REGISTRY_PROTOCOL) {
            LOG.warn("traffic message {} to {} refused ({}): dead letter", message.trackingId(), message.destination(), error.code());
            ledger.deadLettered(message, error, detail);
            return;
        }
        Optional<Instant> next = retries.next(message.attempt(), message.acceptedAt(), clock.instant());
        if (next.isPresent()) {
            LOG.info("traffic message {} to {} failed attempt {} ({}), next at {}", message.trackingId(),
                    message.destination(), message.attempt(), error.code(), next.get());
            ledger.failed(message, error, detail, next.get());
        } else {
            LOG.warn("traffic message {} to {} failed attempt {} ({}), giving up: dead letter", message.trackingId(),
                    message.destination(), message.attempt(), error.code());
            ledger.deadLettered(message, error, detail);
        }
    }
}
