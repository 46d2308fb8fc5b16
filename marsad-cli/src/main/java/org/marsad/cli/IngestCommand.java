package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.marsad.index.ingest.Ingester;
import org.marsad.index.ArchiveStore;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and store them in the archive (replacing earlier versions by id).",
            "Commits every few seconds: after a crash or Ctrl-C, run the same command again and it resumes, "
                    + "skipping what is already stored unchanged. Safe while 'marsad serve' reads the archive.",
            "Exit status: 0 all input stored, 1 some input rejected (reported on stderr), 2 usage error, "
                    + "3 failure, 130 interrupted (what was done is committed)."})
final class IngestCommand implements Callable<Integer> {
    static final int INTERRUPTED = 130;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    DataOptions data;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis and indexing threads (default: all cores).")
    int threads;

    @Option(names = "--force", description = "Re-analyse articles even when the archive holds them unchanged.")
    boolean force;

    @Option(names = "--commit-seconds", defaultValue = "10", paramLabel = "S",
            description = "Longest time between commits (default: ${DEFAULT-VALUE}).")
    int commitSeconds;

    @Option(names = "--progress", defaultValue = "auto", description = "auto (bar on a terminal), bar, lines or none.")
    Mode progress;

    enum Mode { auto, bar, lines, none }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.dir();
        Ingester.Options options = Ingester.Options.defaults().withForce(force)
                .withCommitInterval(Duration.ofSeconds(Math.max(0, commitSeconds)));
        if (threads > 0) {
            options = options.withThreads(threads);
        }
        boolean terminal = progress == Mode.bar || (progress == Mode.auto && System.console() != null);
        IngestProgress display = new IngestProgress(err, terminal, progress == Mode.none);
        Thread counter = new Thread(() -> display.total(InputCounter.count(input.paths, input.sample)), "marsad-count");
        counter.setDaemon(true);
        counter.setPriority(Thread.MIN_PRIORITY);
        counter.start();

        try (ArchiveStore store = data.open()) {
            Ingester ingester = new Ingester(store, Pipeline.standard(), options, display);
            if (progress != Mode.none) {
                ingester.reportEvery(Duration.ofMillis(terminal ? 250 : 1000));
            }
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                // Ctrl-C: stop reading, write what is under way, commit, then let the JVM exit
                ingester.stop();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "marsad-ingest-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            Ingester.Progress p;
            try {
                try {
                    input.read(ingester);
                } catch (Ingester.Stopped e) {
                    // asked to stop: what was read is finished and committed below
                }
                p = ingester.finish();
                store.release();
            } finally {
                display.done();
                finished.countDown();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
            out.printf("%s: %,d articles stored (%,d analysed, %,d unchanged, %,d failed) in %.1f s, %,.0f articles/s%n",
                    dir, p.indexed() + p.unchanged(), p.indexed(), p.unchanged(), p.failed(), p.seconds(), p.rate());
            out.flush();
            if (ingester.stopped()) {
                err.println("marsad ingest: interrupted; everything stored so far is committed. Run the same "
                        + "command again to resume.");
                return INTERRUPTED;
            }
            return p.problems() > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
        }
    }
}
