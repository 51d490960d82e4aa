package gcc.jisr.gateway.admin;

/**
 * A right granted beside the roles. SEE_CIVIL_IDS: civil IDs in message payloads are shown in full rather than
 * masked (ADMIN sees them in full too); every such view is audited.
 */
public enum OperatorRight {
    SEE_CIVIL_IDS
}
