package gcc.jisr.gateway.admin.audit;

import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.gateway.problems.LogEscaping;
import gcc.jisr.gateway.problems.LogMasking;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The operators' audit trail in the durable store (table operator_audit): every admin action that changes something,
 * whether it was carried out or refused, and every admin call refused at the door. An action is written after it
 * ended, in its own transaction, so that a refused action leaves its line too. Each line also goes to the
 * {@code jisr.audit} log, like the border's audit. A claimed operator name, a request path or a refusal's detail may
 * come from anyone who can reach the admin port, so every value is escaped ({@link LogEscaping}) before it is stored
 * or logged: one action is one row and one line, whatever the caller put in it.
 */
public class OperatorAudit {

    private static final Logger AUDIT = LoggerFactory.getLogger("jisr.audit");
    private static final RowMapper<AuditEntry> ROW = (rs, row) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("username"), rs.getString("roles"),
            rs.getString("action"), rs.getString("target"), rs.getString("outcome"), rs.getString("detail"),
            rs.getString("remote_address"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OperatorAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What to look for; null means any. */
    public record Query(String username, String action, Instant from, Instant to, int limit) {
    }

    /**
     * Carries out an operator's action on behalf of the operator of this request and records how it ended: DONE, or
     * the code of the error that refused it (which then reaches the operator as it would have).
     */
    public <T> T perform(String action, String target, String detail, Supplier<T> work) {
        try {
            T result = work.get();
            record(action, target, AuditEntry.DONE, detail);
            return result;
        } catch (RuntimeException failure) {
            JisrException refused = JisrFailures.classify(failure);
            record(action, target, refused.error().code(), join(detail, refused.getMessage()));
            throw failure;
        }
    }

    /** Records an action (or a refusal) of the operator of this request. */
    public void record(String action, String target, String outcome, String detail) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String username = who == null ? "" : who.getName();
        String roles = who == null ? "" : who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().collect(Collectors.joining(","));
        record(username, roles, action, target, outcome, detail, remoteAddress());
    }

    /** Records a call refused before any operator was known (no or wrong credentials, a locked account). */
    public void record(String username, String roles, String action, String target, String outcome, String detail,
                       String remoteAddress) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String who = cut(LogEscaping.escape(username), 200);
        String escapedRoles = cut(LogEscaping.escape(roles), 200);
        String escapedAction = cut(LogEscaping.escape(action), 64);
        String escapedTarget = cut(LogEscaping.escape(target), 400);
        String escapedOutcome = cut(LogEscaping.escape(outcome), 64);
        String masked = cut(LogMasking.mask(detail), 2000);
        String from = cut(LogEscaping.escape(remoteAddress), 100);
        jdbc.update("INSERT INTO operator_audit (at, username, roles, action, target, outcome, detail, remote_address) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", utc(at), who, escapedRoles, escapedAction, escapedTarget,
                escapedOutcome, masked, from);
        AUDIT.info("operator action={} target=[{}] outcome={} who=[{}] roles=[{}] from={} detail=[{}]", escapedAction,
                escapedTarget, escapedOutcome, who, escapedRoles, from, masked);
    }

    public List<AuditEntry> search(Query query) {
        List<String> where = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.username() != null) {
            where.add("username = ?");
            arguments.add(LogEscaping.escape(query.username()));
        }
        if (query.action() != null) {
            where.add("action = ?");
            arguments.add(query.action());
        }
        if (query.from() != null) {
            where.add("at >= ?");
            arguments.add(utc(query.from()));
        }
        if (query.to() != null) {
            where.add("at < ?");
            arguments.add(utc(query.to()));
        }
        arguments.add(query.limit());
        return jdbc.query("SELECT id, at, username, roles, action, target, outcome, detail, remote_address "
                + "FROM operator_audit" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT ?", ROW, arguments.toArray());
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String join(String detail, String reason) {
        return detail == null || detail.isBlank() ? reason : detail + "; " + reason;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
