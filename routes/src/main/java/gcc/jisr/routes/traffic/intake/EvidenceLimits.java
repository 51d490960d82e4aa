package gcc.jisr.routes.traffic.intake;

/**
 * How much evidence a gateway takes with one notice: the largest item in octets and the most items. The contract
 * allows 20 items of any size; a gateway holds every item in memory while it checks its digest and stores it, so
 * both are bounded by its operators.
 */
public record EvidenceLimits(long maxBytes, int maxItems) {

    /** The contract's own bound on evidence items per notice (maxItems in the JSON Schema, maxOccurs in the XSD). */
    public static final int CONTRACT_MAX_ITEMS = 20;

    public EvidenceLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the largest evidence item must be at least 1 byte, was " + maxBytes);
        }
        if (maxItems < 0 || maxItems > CONTRACT_MAX_ITEMS) {
            throw new IllegalArgumentException("evidence items per notice must be 0.." + CONTRACT_MAX_ITEMS + ", was " + maxItems);
        }
    }
}
