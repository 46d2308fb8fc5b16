package org.marsad.index.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.index.ArchiveStore;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Analyses articles on all cores and puts them into an archive in batches, committing every few
 * seconds. An article already stored with the same content is skipped, so a run interrupted by a
 * crash or Ctrl-C resumes where its last commit left off, and nothing is ever stored twice (the
 * store replaces by id). Feed it as the {@link ArticleSink} of a reader, then call {@link #finish()}.
 */
public final class Ingester implements ArticleSink {
    /**
     * @param threads        analysis and indexing threads
     * @param batchSize      articles per store write
     * @param commitInterval longest time between commits
     * @param force          re-analyse articles even when stored unchanged
     */
    public record Options(int threads, int batchSize, Duration commitInterval, boolean force) {
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(10), false);
        }

        public Options withForce(boolean f) {
            return new Options(threads, batchSize, commitInterval, f);
        }

        public Options withThreads(int t) {
            return new Options(Math.max(1, t), batchSize, commitInterval, force);
        }

        public Options withCommitInterval(Duration d) {
            return new Options(threads, batchSize, d, force);
        }
    }

    /**
     * Where an ingest stands.
     *
     * @param read      articles read from the input
     * @param indexed   articles analysed and written
     * @param unchanged articles skipped because the archive already holds them as they are
     * @param failed    articles whose analysis failed (reported as problems)
     * @param committed articles durable as of the last commit (indexed or unchanged)
     */
    public record Progress(long read, long indexed, long unchanged, long failed, long problems, long committed,
                           double seconds) {
        public long done() {
            return indexed + unchanged + failed;
        }

        public double rate() {
            return seconds <= 0 ? 0 : done() / seconds;
        }
    }

    /** Hears of problems and progress; called from worker threads. */
    public interface Listener {
        void problem(InputProblem problem);

        default void progress(Progress progress) {
        }
    }

    /** Thrown into the reader when the ingest was asked to stop. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("ingest stopped", null, false, false);
        }
    }

    private static final Article END = Article.of("\u0000end", "", "", null);

    private final ArchiveStore store;
    private final Pipeline pipeline;
    private final Options options;
    private final Listener listener;
    private final BlockingQueue<Article> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong problems = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object commitLock = new Object();
    private final long started = System.nanoTime();
    private volatile long lastCommit = System.nanoTime();
    private volatile boolean stopping;
    private volatile boolean finished;
    private Thread reporter;

    public Ingester(ArchiveStore store, Pipeline pipeline, Options options, Listener listener) {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(Math.max(16, options.threads() * options.batchSize() * 2));
        for (int i = 0; i < Math.max(1, options.threads()); i++) {
            Thread t = new Thread(this::work, "marsad-ingest-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Reports progress to the listener every {@code every} until the ingest finishes. */
    public Ingester reportEvery(Duration every) {
        reporter = new Thread(() -> {
            while (!finished) {
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (!finished) {
                    listener.progress(progress());
                }
            }
        }, "marsad-ingest-progress");
        reporter.setDaemon(true);
        reporter.start();
        return this;
    }

    @Override
    public void article(Article article) {
        checkFailure();
        if (stopping) {
            throw new Stopped();
        }
        read.incrementAndGet();
        try {
            while (!queue.offer(article, 200, TimeUnit.MILLISECONDS)) {
                checkFailure();
                if (stopping) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            throw new Stopped();
        }
    }

    @Override
    public void problem(InputProblem problem) {
        problems.incrementAndGet();
        listener.problem(problem);
    }

    /** Asks the ingest to stop soon: reading stops, batches under way are written, then all is committed. */
    public void stop() {
        stopping = true;
    }

    public boolean stopped() {
        return stopping;
    }

    /** Waits for the queued articles (all of them, unless stopped), commits, and reports where it ended. */
    public Progress finish() {
        try {
            if (!stopping) {
                queue.put(END);
            }
            for (Thread t : workers) {
                while (t.isAlive()) {
                    if (stopping) {
                        queue.offer(END);
                    }
                    t.join(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            finished = true;
            if (reporter != null) {
                reporter.interrupt();
            }
        }
        commit();
        checkFailure();
        Progress p = progress();
        listener.progress(p);
        return p;
    }

    public Progress progress() {
        return new Progress(read.get(), indexed.get(), unchanged.get(), failed.get(), problems.get(), committed.get(),
                (System.nanoTime() - started) / 1e9);
    }

    private void checkFailure() {
        Throwable t = failure.get();
        if (t != null) {
            throw t instanceof RuntimeException re ? re : new IllegalStateException(t);
        }
    }

    private void commit() {
        synchronized (commitLock) {
            long done = indexed.get() + unchanged.get() + failed.get();
            store.commit();
            committed.set(done);
            lastCommit = System.nanoTime();
        }
    }

    private void work() {
        List<Article> batch = new ArrayList<>(options.batchSize());
        try {
            while (true) {
                Article first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopping) {
                        return;
                    }
                    continue;
                }
                if (first == END) {
                    queue.put(END);
                    return;
                }
                batch.clear();
                batch.add(first);
                boolean end = false;
                while (batch.size() < options.batchSize()) {
                    Article a = queue.poll();
                    if (a == null) {
                        break;
                    }
                    if (a == END) {
                        end = true;
                        break;
                    }
                    batch.add(a);
                }
                process(batch);
                if (System.nanoTime() - lastCommit > options.commitInterval().toNanos()) {
                    commit();
                }
                if (end) {
                    queue.put(END);
                    return;
                }
                if (stopping) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            stopping = true;
        }
    }

    private void process(List<Article> batch) {
        Set<String> same = options.force() ? Set.of() : store.unchanged(batch);
        List<Analysis> out = new ArrayList<>(batch.size());
        for (Article a : batch) {
            if (same.contains(a.id())) {
                unchanged.incrementAndGet();
                continue;
            }
            try {
                out.add(pipeline.analyze(a));
            } catch (RuntimeException | StackOverflowError e) {
                failed.incrementAndGet();
                problems.incrementAndGet();
                listener.problem(new InputProblem(a.id(), 0, -1, "analysis failed: " + e));
            }
        }
        if (!out.isEmpty()) {
            store.put(out);
            indexed.addAndGet(out.size());
        }
    }
}
