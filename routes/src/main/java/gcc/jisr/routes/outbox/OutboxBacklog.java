package gcc.jisr.routes.outbox;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;

import java.util.List;

/**
 * Whether an outbox poller (traffic, pension) claims another batch at once: while the last claim came back full (more are due), up to
 * {@link #MOST_BATCHES_PER_POLL} batches in one poll, and never once the gateway is stopping. The bound lets an
 * operator's stop or suspend of the route take effect within a bounded time under a standing backlog.
 */
public final class OutboxBacklog implements Predicate {

    public static final String PROPERTY = "jisr.outbox.backlog";
    static final int MOST_BATCHES_PER_POLL = 100;

    private final int batchSize;

    public OutboxBacklog(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public boolean matches(Exchange exchange) {
        boolean fullLastTime = exchange.getProperty(PROPERTY, true, Boolean.class);
        int batches = exchange.getProperty(Exchange.LOOP_INDEX, 0, Integer.class);
        return fullLastTime && batches < MOST_BATCHES_PER_POLL && !exchange.getContext().isStopping();
    }

    /** Remembers whether a claim was a full batch; runs with the claimed messages as the body. */
    public Processor noteClaimed() {
        return exchange -> {
            List<?> claimed = exchange.getMessage().getBody(List.class);
            exchange.setProperty(PROPERTY, claimed != null && claimed.size() >= batchSize);
        };
    }
}
