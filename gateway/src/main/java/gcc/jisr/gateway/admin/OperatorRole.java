package gcc.jisr.gateway.admin;

/**
 * What an operator may do. ADMIN: everything. OPERATOR: run the traffic (routes, partner suspension, dead-letter
 * replay) and read. AUDITOR: read, the audit log and the archive's integrity check; changes nothing.
 */
public enum OperatorRole {
    ADMIN, OPERATOR, AUDITOR;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
