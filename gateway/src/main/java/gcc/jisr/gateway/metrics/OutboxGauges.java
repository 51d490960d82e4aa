package gcc.jisr.gateway.metrics;

import gcc.jisr.contracts.GccState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What waits in the outbox, per destination state: {@value #DEPTH} (pending: due now, waiting for a retry, or held for
 * a suspended partner) and {@value #DEAD_LETTERS} (waiting for an operator). Read from the store, which every node of a
 * state shares, at most once per {@link #FRESHNESS} however often it is scraped.
 */
final class OutboxGauges {

    static final String DEPTH = "jisr.outbox.depth";
    static final String DEAD_LETTERS = "jisr.outbox.dead.letters";
    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Map<GccState, long[]> counts = new EnumMap<>(GccState.class);
    private Instant readAt = Instant.MIN;

    OutboxGauges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void register(MeterRegistry registry) {
        for (GccState state : GccState.values()) {
            Gauge.builder(DEPTH, this, gauges -> gauges.count(state, 0))
                    .description("Messages pending in the outbox (due, waiting for a retry, or held)")
                    .tag("destination", state.name()).register(registry);
            Gauge.builder(DEAD_LETTERS, this, gauges -> gauges.count(state, 1))
                    .description("Messages given up on, waiting for an operator's replay or discard")
                    .tag("destination", state.name()).register(registry);
        }
    }

    private synchronized double count(GccState state, int which) {
        Instant now = clock.instant();
        if (readAt.plus(FRESHNESS).isBefore(now)) {
            Map<GccState, long[]> read = new EnumMap<>(GccState.class);
            jdbc.query("SELECT destination_state, status, COUNT(*) AS n FROM outbox_entry "
                    + "WHERE status IN ('PENDING', 'DEAD_LETTER') GROUP BY destination_state, status", row -> {
                long[] pair = read.computeIfAbsent(GccState.valueOf(row.getString("destination_state")), s -> new long[2]);
                pair[row.getString("status").equals("PENDING") ? 0 : 1] = row.getLong("n");
            });
            counts = read;
            readAt = now;
        }
        long[] pair = counts.get(state);
        return pair == null ? 0 : pair[which];
    }
}
