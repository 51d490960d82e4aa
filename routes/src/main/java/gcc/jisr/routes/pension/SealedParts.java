package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts a stream of NDJSON lines into parts, seals each and stages it as soon as it is full, so that what is held in
 * memory is one part, whatever the length of the stream. A part is full at {@link PensionLimits#partRecords()} lines or
 * {@link PensionLimits#partBytes()} of content, whichever comes first. The content is compressed before it is
 * encrypted, so how large a sealed part will be is only known once it is sealed: one larger than
 * {@link PensionLimits#sealedPartChars()} (it would not fit a partner envelope) is cut in two at a line and each half
 * sealed again. A message has at least one part, possibly empty, so that the receiver always learns of it.
 */
public final class SealedParts {

    private final PensionSealing sealing;
    private final PartSink sink;
    private final GccState to;
    private final String of;
    private final PensionLimits limits;
    private final ByteArrayOutputStream part;
    /** Where each line of the current part ends (after its line end), to cut a part that seals too large. */
    private int[] lineEnds;
    private int records;
    private int index;
    private int total;

    public SealedParts(PensionSealing sealing, PartSink sink, GccState to, String of, PensionLimits limits) {
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.to = Objects.requireNonNull(to, "to");
        this.of = Objects.requireNonNull(of, "of");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.part = new ByteArrayOutputStream(Math.min(limits.partBytes(), 1 << 16) + 1024);
        this.lineEnds = new int[Math.min(limits.partRecords(), 1024)];
    }

    /** Adds one line (without its line end). */
    public void add(byte[] line) {
        if (records > 0 && (records >= limits.partRecords() || part.size() + line.length + 1 > limits.partBytes())) {
            flush();
        }
        part.write(line, 0, line.length);
        part.write('\n');
        if (records == lineEnds.length) {
            lineEnds = Arrays.copyOf(lineEnds, lineEnds.length * 2);
        }
        lineEnds[records++] = part.size();
        total++;
    }

    /** Seals and stages what is left; the number of parts staged. */
    public int finish() {
        if (records > 0 || index == 0) {
            flush();
        }
        return index;
    }

    /** Lines added so far. */
    public int lines() {
        return total;
    }

    private void flush() {
        byte[] content = part.toByteArray();
        stage(content, 0, records);
        records = 0;
        part.reset();
    }

    /** Seals lines [first, end) of {@code content}, halving them until each sealed part fits an envelope. */
    private void stage(byte[] content, int first, int end) {
        int from = first == 0 ? 0 : lineEnds[first - 1];
        byte[] lines = from == 0 && end == records ? content : Arrays.copyOfRange(content, from, end == 0 ? 0 : lineEnds[end - 1]);
        String sealed = sealing.seal(lines, to, of, index);
        if (sealed.length() > limits.sealedPartChars() && end - first > 1) {
            int middle = first + (end - first) / 2;
            stage(content, first, middle);
            stage(content, middle, end);
            return;
        }
        sink.stage(to, of, index, end - first, sealed);
        index++;
    }
}
