package gcc.jisr.routes.pension;

/**
 * Bounds of the pension intake: the most records of one report, the longest record line, and the size of a part
 * (records and bytes of content before sealing) so that each sealed part fits one partner envelope.
 */
public record PensionLimits(int maxRecords, int maxLineBytes, int partRecords, int partBytes) {

    public PensionLimits {
        if (maxRecords < 1 || maxLineBytes < 256 || partRecords < 1 || partBytes < maxLineBytes) {
            throw new IllegalArgumentException("pension limits need maxRecords >= 1, maxLineBytes >= 256, partRecords >= 1"
                    + " and partBytes >= maxLineBytes (a part holds at least one record)");
        }
    }
}
