package org.marsad.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.index.ingest.Ingester;
import org.marsad.io.InputProblem;

/**
 * Shows an ingest's progress: a bar redrawn in place (articles, articles/s, ETA) on a terminal,
 * otherwise a plain line every few seconds that logs read well.
 */
final class IngestProgress implements Ingester.Listener {
    private static final int WIDTH = 28;

    private final PrintWriter err;
    private final boolean terminal;
    /** Total articles expected, or -1 while unknown. */
    private final AtomicLong total = new AtomicLong(-1);
    private long lastLine;
    private boolean barShown;

    private final boolean silent;

    IngestProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, false);
    }

    /** With {@code silent}, only problems are reported. */
    IngestProgress(PrintWriter err, boolean terminal, boolean silent) {
        this.err = err;
        this.terminal = terminal;
        this.silent = silent;
    }

    void total(long n) {
        total.set(n);
    }

    @Override
    public synchronized void problem(InputProblem problem) {
        clearBar();
        InputOptions.report(err, problem);
    }

    @Override
    public synchronized void progress(Ingester.Progress p) {
        if (silent) {
            return;
        }
        long t = total.get();
        if (terminal) {
            err.print("\r" + bar(p, t));
            err.flush();
            barShown = true;
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine < 5_000_000_000L) {
            return;
        }
        lastLine = now;
        err.println("marsad ingest: " + line(p, t));
        err.flush();
    }

    synchronized void done() {
        clearBar();
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
            barShown = false;
        }
    }

    static String line(Ingester.Progress p, long total) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%,d", p.done()));
        if (total > 0) {
            sb.append(String.format("/%,d", total));
        }
        sb.append(String.format(" articles, %,.0f/s", p.rate()));
        if (total > 0 && p.rate() > 0) {
            sb.append(", ETA ").append(eta(Math.max(0, total - p.done()) / p.rate()));
        }
        sb.append(String.format(", %,d committed", p.committed()));
        if (p.unchanged() > 0) {
            sb.append(String.format(", %,d unchanged", p.unchanged()));
        }
        return sb.toString();
    }

    static String bar(Ingester.Progress p, long total) {
        StringBuilder sb = new StringBuilder("[");
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * p.done() / total);
            sb.append("#".repeat(filled)).append(".".repeat(WIDTH - filled));
        } else {
            int pos = (int) (p.done() / 50 % WIDTH);
            sb.append(".".repeat(pos)).append('#').append(".".repeat(WIDTH - pos - 1));
        }
        return sb.append("] ").append(line(p, total)).append("   ").toString();
    }

    static String eta(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
