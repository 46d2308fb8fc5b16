package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.model.Article;

/** Timed runs of a contender over a list of articles on N threads, with the heap's peak during the run. */
final class Measure {
    private Measure() {
    }

    record Result(String system, int threads, long articles, long tokens, long chars, double seconds, long peakHeapMb,
                  long retainedHeapMb) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /**
     * Runs until at least {@code minSeconds} have passed and at least {@code minArticles} were processed
     * (cycling through the list), or exactly once over the list when {@code minSeconds} is 0.
     */
    static Result run(Contender c, List<Article> articles, int threads, double minSeconds, int minArticles) throws Exception {
        System.gc();
        resetPeaks();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + (long) (minSeconds * 1e9);
        boolean once = minSeconds <= 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    long d = 0;
                    long tk = 0;
                    long ch = 0;
                    while (true) {
                        int i = next.getAndIncrement();
                        if (once ? i >= articles.size() : (System.nanoTime() >= deadline && i >= minArticles)) {
                            break;
                        }
                        Article a = articles.get(i % articles.size());
                        tk += c.process(a);
                        ch += a.title().length() + a.text().length();
                        d++;
                    }
                    done.addAndGet(d);
                    tokens.addAndGet(tk);
                    chars.addAndGet(ch);
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long peak = peakHeapMb();
        System.gc();
        // the contender (its models) is still reachable here: this is what it keeps in memory
        long retained = usedHeapMb();
        java.lang.ref.Reference.reachabilityFence(c);
        return new Result(c.name(), threads, done.get(), tokens.get(), chars.get(), secs, peak, retained);
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap's peak). */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "?" where unknown. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    /** The process's peak resident memory (Linux VmHWM), or -1 where unknown. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
