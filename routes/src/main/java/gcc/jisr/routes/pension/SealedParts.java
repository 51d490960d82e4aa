package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Cuts a stream of NDJSON lines into parts, seals each and stages it as soon as it is full, so that what is held in
 * memory is one part, whatever the length of the stream. A part is full at {@code maxRecords} lines or
 * {@code maxBytes} of content, whichever comes first: a sealed part must fit in one partner envelope (the partner port
 * refuses bodies over jisr.limits.max-body-size). A message has at least one part, possibly empty, so that the
 * receiver always learns of it.
 */
public final class SealedParts {

    private final PensionSealing sealing;
    private final PartSink sink;
    private final GccState to;
    private final String of;
    private final int maxRecords;
    private final int maxBytes;
    private final ByteArrayOutputStream part;
    private int records;
    private int index;
    private int total;

    public SealedParts(PensionSealing sealing, PartSink sink, GccState to, String of, int maxRecords, int maxBytes) {
        if (maxRecords < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a part holds at least one record and one byte");
        }
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.to = Objects.requireNonNull(to, "to");
        this.of = Objects.requireNonNull(of, "of");
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        this.part = new ByteArrayOutputStream(Math.min(maxBytes, 1 << 16) + 1024);
    }

    /** Adds one line (without its line end). */
    public void add(byte[] line) {
        if (records > 0 && (records >= maxRecords || part.size() + line.length + 1 > maxBytes)) {
            flush();
        }
        part.write(line, 0, line.length);
        part.write('\n');
        records++;
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
        sink.stage(to, of, index, records, sealing.seal(part.toByteArray(), to, of, index));
        index++;
        records = 0;
        part.reset();
    }
}
