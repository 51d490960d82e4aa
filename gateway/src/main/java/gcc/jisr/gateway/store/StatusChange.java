package gcc.jisr.gateway.store;

import java.time.Instant;

/** A message reached a status, at a time, with an optional word on why (e.g. the error of a failure). */
public record StatusChange(String messageId, MessageStatus status, Instant changedAt, String detail) {
}
