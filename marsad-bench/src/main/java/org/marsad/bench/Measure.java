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

    /** {@code cpuSeconds}: CPU time of the measuring threads, which other processes on the machine do not inflate. */
    record Result(String system, int threads, long articles, long tokens, long chars, double seconds, long peakHeapMb,
                  long retainedHeapMb, double cpuSeconds, double processCpuSeconds) {
        double articlesPerCpuSecond() {
            return cpuSeconds <= 0 ? Double.NaN : articles / cpuSeconds;
        }

        /** CPU milliseconds per article, over all measuring threads. */
        double cpuMsPerArticle() {
            return articles == 0 ? Double.NaN : cpuSeconds * 1e3 / articles;
        }

        /** CPU milliseconds per article of the whole process (garbage collection and JIT threads included). */
        double processCpuMsPerArticle() {
            return articles == 0 || processCpuSeconds < 0 ? Double.NaN : processCpuSeconds * 1e3 / articles;
        }

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
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long process0 = processCpuNanos();
        long start = System.nanoTime();
        long deadline = start + (long) (minSeconds * 1e9);
        boolean once = minSeconds <= 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
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
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
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
        long process1 = processCpuNanos();
        long peak = peakHeapMb();
        System.gc();
        // the contender (its models) is still reachable here: this is what it keeps in memory
        long retained = usedHeapMb();
        java.lang.ref.Reference.reachabilityFence(c);
        return new Result(c.name(), threads, done.get(), tokens.get(), chars.get(), secs, peak, retained,
                cpuNanos.get() / 1e9, process0 < 0 || process1 < 0 ? -1 : (process1 - process0) / 1e9);
    }

    /** CPU time of the whole process so far, or -1 where the platform does not tell. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
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
