package gcc.jisr.routes.pension;

/**
 * Bounds of the pension intake: the most records of one report, the longest record line, and the size of a part:
 * records and bytes of content before sealing, and characters of the sealed part, so that each fits one partner
 * envelope. The content of a part is at most {@value #MOST_PART_BYTES} bytes: a receiver that opens a compressed JWE
 * inflates at most that much (Nimbus's bound against decompression bombs), so a larger part would never open.
 */
public record PensionLimits(int maxRecords, int maxLineBytes, int partRecords, int partBytes, int sealedPartChars) {

    public static final int MOST_PART_BYTES = 1_000_000;

    public PensionLimits {
        if (maxRecords < 1 || maxLineBytes < 256 || partRecords < 1 || partBytes < maxLineBytes
                || partBytes > MOST_PART_BYTES || sealedPartChars < 2 * maxLineBytes) {
            throw new IllegalArgumentException("pension limits need maxRecords >= 1, maxLineBytes >= 256, partRecords >= 1,"
                    + " maxLineBytes <= partBytes <= " + MOST_PART_BYTES + " (a part holds at least one record and opens)"
                    + " and sealedPartChars >= 2 * maxLineBytes (a sealed record fits)");
        }
    }
}
