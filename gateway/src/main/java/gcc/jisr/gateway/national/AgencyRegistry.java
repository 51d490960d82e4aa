package gcc.jisr.gateway.national;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.AgencyCode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agencies as operators changed them at run time (table {@code agency_registry}), over the configured grants: an
 * agency with a row is what its row says. Every node reads the table at most every {@link #FRESHNESS}, so a change
 * made through any node's admin API holds on all of them within that time, with no call to the database per request.
 */
public final class AgencyRegistry {

    static final Duration FRESHNESS = Duration.ofSeconds(2);

    /** One agency as operators set it. */
    public record RegisteredAgency(GccState state, String agency, List<String> services, List<String> purposes,
                                   boolean enabled, Instant changedAt, String changedBy) {

        public String id() {
            return state.code() + ":" + agency;
        }
    }

    private record Snapshot(Map<String, RegisteredAgency> agencies, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public AgencyRegistry(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<RegisteredAgency> find(GccState state, String agency) {
        return Optional.ofNullable(current().agencies().get(state.code() + ":" + agency));
    }

    public List<RegisteredAgency> all() {
        return current().agencies().values().stream()
                .sorted(java.util.Comparator.comparing(RegisteredAgency::id)).toList();
    }

    /** Sets what an agency may call (or disables it), replacing the configuration's grants for it. */
    public RegisteredAgency put(GccState state, String agency, List<String> services, List<String> purposes, boolean enabled,
                                String operator) {
        String code = AgencyCode.require(agency);
        Instant now = clock.instant();
        int updated = jdbc.update("UPDATE agency_registry SET services = ?, purposes = ?, enabled = ?, changed_at = ?, changed_by = ?"
                        + " WHERE state = ? AND agency = ?", String.join(" ", services), String.join(" ", purposes), enabled,
                timestamp(now), operator, state.code(), code);
        if (updated == 0) {
            jdbc.update("INSERT INTO agency_registry (state, agency, services, purposes, enabled, changed_at, changed_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", state.code(), code, String.join(" ", services),
                    String.join(" ", purposes), enabled, timestamp(now), operator);
        }
        snapshot = null;
        return find(state, code).orElseThrow();
    }

    /** Forgets what operators set for an agency: the configuration's grants apply to it again. */
    public boolean remove(GccState state, String agency) {
        boolean removed = jdbc.update("DELETE FROM agency_registry WHERE state = ? AND agency = ?", state.code(),
                AgencyCode.require(agency)) > 0;
        snapshot = null;
        return removed;
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        Instant instant = clock.instant();
        if (now != null && instant.isBefore(now.readAt().plus(FRESHNESS))) {
            return now;
        }
        Map<String, RegisteredAgency> agencies = jdbc.query("SELECT state, agency, services, purposes, enabled, changed_at,"
                        + " changed_by FROM agency_registry", (rs, row) -> new RegisteredAgency(
                        GccState.valueOf(rs.getString("state").trim()), rs.getString("agency"), words(rs.getString("services")),
                        words(rs.getString("purposes")), rs.getBoolean("enabled"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by")))
                .stream().collect(Collectors.toUnmodifiableMap(RegisteredAgency::id, Function.identity()));
        Snapshot read = new Snapshot(agencies, instant);
        snapshot = read;
        return read;
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
