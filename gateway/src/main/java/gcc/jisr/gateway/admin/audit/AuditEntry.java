package gcc.jisr.gateway.admin.audit;

import java.time.Instant;

/** One line of the operators' audit trail: who, with which roles, did what to what, when, from where, and how it ended. */
public record AuditEntry(long id, Instant at, String username, String roles, String action, String target,
                         String outcome, String detail, String remoteAddress) {

    /** The outcome of an action carried out. */
    public static final String DONE = "DONE";
}
