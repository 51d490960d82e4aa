package gcc.jisr.routes.traffic;

/** What became of a message received from a partner: its tracking id here, and whether it had been received before. */
public record Reception(String trackingId, boolean duplicate) {
}
