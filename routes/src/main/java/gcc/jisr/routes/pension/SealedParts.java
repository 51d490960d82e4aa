package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cuts a stream of NDJSON lines into parts, seals each and stages it as soon as it is full, so that what is held in
 * memory is two parts, whatever the length of the stream: the one being filled, and the one before it, which is sealed
 * and staged on a thread of its own meanwhile. Reading and checking records and sealing them (compressing, encrypting,
 * storing) then use two cores; a part waits for the one before it, so they are staged in order. A part is full at
 * {@link PensionLimits#partRecords()} lines or {@link PensionLimits#partBytes()} of content, whichever comes first. The
 * content is compressed before it is encrypted, so how large a sealed part will be is only known once it is sealed: one
 * larger than {@link PensionLimits#sealedPartChars()} (it would not fit a partner envelope) is cut in two at a line and
 * each half sealed again. A message has at least one part, possibly empty, so that the receiver always learns of it.
 * A part that fails to seal or stage fails the next {@link #add}, {@link #finish} or {@link #close}.
 */
public final class SealedParts implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Threads made as reports need them and kept a minute: a gateway reads a few reports at a time, not hundreds. */
    private static final ExecutorService SEALERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "jisr-pension-sealing-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final PensionSealing sealing;
    private final PartSink sink;
    private final GccState to;
    private final String of;
    private final PensionLimits limits;
    private final ByteArrayOutputStream part;
    /** Where each line of the current part ends (after its line end), to cut a part that seals too large. */
    private int[] lineEnds;
    private int records;
    /** The next part's index; written by the sealing thread, read here only once it is done. */
    private int index;
    private int total;
    /** The part being sealed and staged, if any. */
    private CompletableFuture<Void> sealingBefore = CompletableFuture.completedFuture(null);

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

    /** Seals and stages what is left; the number of parts staged, once every one of them is. */
    public int finish() {
        if (records > 0 || awaitSealed() == 0) {
            flush();
        }
        return awaitSealed();
    }

    /** Lines added so far. */
    public int lines() {
        return total;
    }

    /**
     * Waits for the part being sealed, if any, whatever its outcome: once this returns, nothing more is staged, so
     * that a message given up can be discarded whole.
     */
    @Override
    public void close() {
        try {
            sealingBefore.join();
        } catch (CompletionException | CancellationException ignored) {
            // The failure was (or will never be) reported by add or finish; all that matters here is that it is over.
        }
    }

    /** Waits for the part being sealed and staged; the number of parts staged so far. */
    private int awaitSealed() {
        try {
            sealingBefore.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
        return index;
    }

    private void flush() {
        byte[] content = part.toByteArray();
        int[] ends = Arrays.copyOf(lineEnds, records);
        awaitSealed();
        sealingBefore = CompletableFuture.runAsync(() -> stage(content, ends, 0, ends.length), SEALERS);
        records = 0;
        part.reset();
    }

    /** Seals lines [first, end) of {@code content}, halving them until each sealed part fits an envelope. */
    private void stage(byte[] content, int[] ends, int first, int end) {
        int from = first == 0 ? 0 : ends[first - 1];
        byte[] lines = from == 0 && end == ends.length ? content : Arrays.copyOfRange(content, from, end == 0 ? 0 : ends[end - 1]);
        String sealed = sealing.seal(lines, to, of, index);
        if (sealed.length() > limits.sealedPartChars() && end - first > 1) {
            int middle = first + (end - first) / 2;
            stage(content, ends, first, middle);
            stage(content, ends, middle, end);
            return;
        }
        sink.stage(to, of, index, end - first, sealed);
        index++;
    }
}
