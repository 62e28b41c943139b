package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one transaction that writes an import's rows into the real tables, on a thread of its own.
 * It takes each chunk as soon as the stage step has validated it, so the database writes one chunk
 * while the next is read and validated (a file keeps two cores busy instead of one); the apply
 * step ends it ({@link #finish}: commit) or it is rolled back ({@link #abort}, any failure, or no
 * word from the job for as long as the transaction may last). Nothing of it is visible before the
 * commit: the file still lands whole or not at all, and a stop of the server rolls it back.
 *
 * <p>At most {@value #WAITING} chunks wait for it, so a file's rows are never all in memory: the
 * stage step waits when the database is behind.
 */
final class ApplyingTransaction {

    private static final Logger LOG = Logger.getLogger(ApplyingTransaction.class.getName());

    /** Chunks that may wait to be written. */
    static final int WAITING = 2;

    /** What ends the import in the same transaction, once every row is written. */
    @FunctionalInterface
    interface Ending {
        void end(Connection connection, int written) throws SQLException;
    }

    private sealed interface Step permits Rows, Finish, Abort {
    }

    private record Rows(List<StagedRow> rows) implements Step {
    }

    private record Finish(int rejected, Ending ending) implements Step {
    }

    private record Abort() implements Step {
    }

    /** Why the transaction was rolled back when the job asked for it. */
    static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted(String message) {
            super(message);
        }
    }

    private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(WAITING);
    private final CompletableFuture<Integer> outcome = new CompletableFuture<>();
    /** The first lines of the chunks handed over (only the job's thread hands chunks over). */
    private final Set<Integer> handedOver = new HashSet<>();
    private final UserTransaction transaction;
    private final DataSource dataSource;
    private final ImportApplier applier;
    private final ImportApplier.Context context;
    private final int timeoutSeconds;

    private ApplyingTransaction(UserTransaction transaction, DataSource dataSource, ImportApplier applier,
                                ImportApplier.Context context, int timeoutSeconds) {
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.applier = applier;
        this.context = context;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Begins the transaction on a new thread of {@code threads} (a container-managed one, so it may use JTA). */
    static ApplyingTransaction start(ThreadFactory threads, UserTransaction transaction, DataSource dataSource,
                                     ImportApplier applier, ImportApplier.Context context, int timeoutSeconds) {
        ApplyingTransaction applying = new ApplyingTransaction(transaction, dataSource, applier, context, timeoutSeconds);
        Thread thread = threads.newThread(applying::run);
        thread.setName("import-" + context.importId() + "-apply");
        thread.start();
        return applying;
    }

    /**
     * Hands a chunk of validated rows over (waiting while {@value #WAITING} others wait).
     *
     * @throws FileRefusedException when a year of the file is no longer OPEN
     * @throws IllegalStateException when the transaction has failed otherwise
     */
    void write(List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        send(new Rows(List.copyOf(rows)));
        handedOver.add(rows.get(0).line());
    }

    /** Whether the chunk that starts at {@code firstLine} has been handed over. */
    boolean hasChunk(int firstLine) {
        return handedOver.contains(firstLine);
    }

    /**
     * Writes what is still waiting, ends the writing ({@link ImportApplier.Session#finish}), lets
     * {@code ending} end the import on the same connection and commits; returns the rows written.
     *
     * @throws FileRefusedException when a year of the file is no longer OPEN (nothing is written)
     * @throws SQLException when the database refused a write (nothing is written)
     */
    int finish(int rejected, Ending ending) throws SQLException {
        try {
            send(new Finish(rejected, ending));
        } catch (RuntimeException failed) {
            // it had failed already: its outcome says how (a database refusal stays an SQLException)
        }
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new IllegalStateException("Interrupted while import " + context.importId() + " was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException failed) {
                throw failed;
            }
            throw failure(e.getCause());
        }
    }

    /** Rolls the transaction back (if it has not ended) and waits until it has. */
    void abort() {
        while (!outcome.isDone()) {
            try {
                if (steps.offer(new Abort(), 100, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            outcome.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            // rolled back: what abort asked for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.warning(() -> "Import " + context.importId() + ": its transaction did not end after it was aborted");
        }
    }

    private void send(Step step) {
        try {
            while (!steps.offer(step, 100, TimeUnit.MILLISECONDS)) {
                if (outcome.isDone()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new IllegalStateException("Interrupted while import " + context.importId() + " was being written", e);
        }
        if (outcome.isCompletedExceptionally()) {
            try {
                outcome.join();
            } catch (CompletionException e) {
                throw failure(e.getCause());
            }
        }
    }

    private RuntimeException failure(Throwable cause) {
        if (cause instanceof FileRefusedException refused) {
            return refused;
        }
        return new IllegalStateException("Writing import " + context.importId() + " failed: " + cause, cause);
    }

    /** The thread's work: one transaction, chunk after chunk, until the job finishes or aborts it. */
    private void run() {
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            transaction.begin();
        } catch (Exception | Error e) {
            outcome.completeExceptionally(e);
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            ImportApplier.Session session = applier.open(connection, context);
            while (true) {
                Step step = steps.poll(timeoutSeconds, TimeUnit.SECONDS);
                if (step == null) {
                    throw new Aborted("no word from the import's job for " + timeoutSeconds + " s");
                } else if (step instanceof Rows chunk) {
                    session.write(chunk.rows());
                } else if (step instanceof Finish finish) {
                    int written = session.finish(finish.rejected());
                    finish.ending().end(connection, written);
                    transaction.commit();
                    outcome.complete(written);
                    return;
                } else {
                    throw new Aborted("aborted by the import's job");
                }
            }
        } catch (Exception | Error e) {
            rollback();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            outcome.completeExceptionally(e);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Import " + context.importId() + ": rolling its transaction back failed", e);
        }
    }
}
