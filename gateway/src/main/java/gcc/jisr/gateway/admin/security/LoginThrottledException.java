package gcc.jisr.gateway.admin.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/**
 * A login refused because its address has failed too often (JISR-429-LOGIN-THROTTLED), before any password was
 * compared. Only the first refusal of an episode is audited, so that guessing on cannot fill the audit trail.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Instant until;
    private final boolean toAudit;

    public LoginThrottledException(String message, Instant until, boolean toAudit) {
        super(message);
        this.until = until;
        this.toAudit = toAudit;
    }

    public Instant until() {
        return until;
    }

    public boolean toAudit() {
        return toAudit;
    }
}
