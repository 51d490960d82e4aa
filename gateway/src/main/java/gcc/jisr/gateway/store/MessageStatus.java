package gcc.jisr.gateway.store;

/**
 * The statuses a message goes through (DESIGN.md, traffic violations): accepted durably, forwarded to the partner,
 * delivered there, acknowledged by the partner's national system; or failed and dead-lettered for an operator. The
 * last three are the later updates that travel back the same way.
 */
public enum MessageStatus {
    ACCEPTED, FORWARDED, DELIVERED, ACKNOWLEDGED, FAILED, DEAD_LETTER, PAID, CONTESTED, CANCELLED
}
