package gcc.jisr.gateway.store;

/** Where an outbox entry stands: waiting for (another) delivery attempt, delivered, or given up on. */
public enum OutboxStatus { PENDING, DELIVERED, DEAD_LETTER }
