package gcc.jisr.gateway.store;

import gcc.jisr.routes.partner.ArchivedEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Group commit for the message archive. Every append must lock the chain head, so request threads appending in
 * transactions of their own queue on that one row lock: under load on H2 that wait was most of a cross-border
 * request's time. Instead, callers hand their envelopes to this writer and wait; its one thread appends everything
 * that is waiting, up to a batch, in one transaction under one lock of the head, and then releases each caller with
 * its own records. A caller still returns only once its records are committed, so nothing leaves the gateway before
 * its envelope is in the archive.
 *
 * <p>When a batch fails, no caller is told yet: each of its appends is tried again alone, so that one envelope the
 * database refuses fails its own caller only.
 *
 * <p>Closing lets the writer commit everything handed to it before the close, and refuses what comes after.
 */
final class ArchiveWriter implements AutoCloseable {

    /** Appends several callers' envelopes in one transaction: each caller's together and in the order given. */
    @FunctionalInterface
    interface ChainAppend {

        /** The records written, one list per append, in the order of {@code appends}. */
        List<List<ArchiveRecord>> inOneTransaction(List<List<ArchivedEnvelope>> appends);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveWriter.class);
    private static final AtomicInteger WRITERS = new AtomicInteger();

    /** Put on the queue by close, after which nothing else is: the writer has seen everything once it takes this. */
    private static final PendingAppend END = new PendingAppend(List.of());

    private final ChainAppend chain;
    private final int batchSize;
    private final BlockingQueue<PendingAppend> queue;
    /** Appenders hold it shared while they queue, close holds it exclusively, so nothing is queued after the end. */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private boolean closed;
    private final Thread thread;

    ArchiveWriter(ChainAppend chain, ArchiveProperties settings) {
        this.chain = chain;
        this.batchSize = settings.batchSize();
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.thread = new Thread(this::run, "jisr-archive-writer-" + WRITERS.incrementAndGet());
        // A gateway that stops without closing the archive must still stop; every caller waits for its own commit, so
        // what the JVM abandons was never acknowledged.
        thread.setDaemon(true);
        thread.start();
    }

    /** Appends the envelopes together and in the order given; returns once they are committed, with their records. */
    List<ArchiveRecord> append(List<ArchivedEnvelope> envelopes) {
        PendingAppend pending = new PendingAppend(List.copyOf(envelopes));
        closing.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the message archive is closed");
            }
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the envelopes reached the message archive", e);
        } finally {
            closing.readLock().unlock();
        }
        try {
            // Not interruptible on purpose: once queued the envelopes may be committed at any moment, and the caller
            // must not go on (or give up) without knowing whether they were.
            return pending.outcome.join();
        } catch (CompletionException e) {
            throw asUnchecked(e.getCause());
        }
    }

    /** Commits what is queued, stops the writer and waits for it; appends after this are refused. */
    @Override
    public void close() {
        boolean interrupted = false;
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            while (true) {
                try {
                    queue.put(END);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            closing.writeLock().unlock();
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<PendingAppend> batch = new ArrayList<>(batchSize);
        boolean ended = false;
        while (!ended) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Nobody interrupts this thread; the writer stops only at END, so that no queued caller is left waiting.
                continue;
            }
            queue.drainTo(batch, batchSize - 1);
            ended = batch.remove(END);
            if (!batch.isEmpty()) {
                commit(batch);
            }
        }
    }

    private void commit(List<PendingAppend> batch) {
        List<List<ArchiveRecord>> written;
        try {
            List<List<ArchivedEnvelope>> appends = new ArrayList<>(batch.size());
            for (PendingAppend pending : batch) {
                appends.add(pending.envelopes);
            }
            written = chain.inOneTransaction(appends);
        } catch (Throwable failure) {
            // Whatever went wrong, every caller must hear of it: a writer that died would leave them all waiting.
            if (batch.size() == 1) {
                batch.get(0).outcome.completeExceptionally(failure);
            } else {
                // The type only: the database's message may quote the envelope, personal data included.
                LOG.warn("archive batch of {} appends failed ({}); appending them one by one", batch.size(),
                        failure.getClass().getName());
                batch.forEach(this::commitAlone);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome.complete(written.get(i));
        }
    }

    private void commitAlone(PendingAppend pending) {
        try {
            pending.outcome.complete(chain.inOneTransaction(List.of(pending.envelopes)).get(0));
        } catch (Throwable failure) {
            pending.outcome.completeExceptionally(failure);
        }
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("archiving failed: " + failure, failure);
    }

    /** One caller's envelopes and what became of them. */
    private static final class PendingAppend {

        final List<ArchivedEnvelope> envelopes;
        final CompletableFuture<List<ArchiveRecord>> outcome = new CompletableFuture<>();

        PendingAppend(List<ArchivedEnvelope> envelopes) {
            this.envelopes = envelopes;
        }
    }
}
