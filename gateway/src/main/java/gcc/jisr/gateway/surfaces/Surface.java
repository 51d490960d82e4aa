package gcc.jisr.gateway.surfaces;

/**
 * The three faces of a gateway, each on a port of its own, so that each can be bound, secured and firewalled for its
 * own callers: agencies, partner gateways, operators.
 */
public enum Surface {
    /** Agencies of this state and of partner states: REST under /api, SOAP under /soap. */
    NATIONAL,
    /** Other states' gateways, mutual TLS: partner envelopes under /gcc. */
    PARTNER,
    /** Operators and monitoring: the admin API, the console, the actuator (health, Prometheus). */
    MANAGEMENT;

    /** Whether this face serves the path; everything else answers 404 here, as if it did not exist. */
    public boolean serves(String path) {
        return switch (this) {
            case PARTNER -> path.startsWith("/gcc/");
            case MANAGEMENT -> path.startsWith("/admin/") || path.equals("/admin") || path.startsWith("/console")
                    || path.startsWith("/actuator");
            case NATIONAL -> !PARTNER.serves(path) && !MANAGEMENT.serves(path);
        };
    }
}
