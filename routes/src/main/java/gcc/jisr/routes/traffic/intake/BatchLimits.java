package gcc.jisr.routes.traffic.intake;

/** How large a batch file of notices may be: its number of lines and the length of one line, in octets. */
public record BatchLimits(int maxLines, int maxLineBytes) {

    public BatchLimits {
        if (maxLines < 1) {
            throw new IllegalArgumentException("a batch must be allowed at least one line, was " + maxLines);
        }
        if (maxLineBytes < 2) {
            throw new IllegalArgumentException("a batch line must be allowed at least 2 bytes, was " + maxLineBytes);
        }
    }
}
