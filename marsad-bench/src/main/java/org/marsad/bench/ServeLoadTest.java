package org.marsad.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code marsad serve} on loopback only: N concurrent clients for S seconds
 * (and at most M requests), cycling through a list of read endpoints. Reports throughput, latency
 * percentiles, errors and the server's peak resident memory when it started the server itself.
 *
 * <pre>
 * java -cp "marsad-bench/target/classes:$(cat marsad-bench/target/classpath.txt)" org.marsad.bench.ServeLoadTest \
 *     --jar marsad-cli/target/marsad.jar --data DIR [--clients 50] [--seconds 60] [--max-requests 2000000] [--path /api/...]…
 * java … org.marsad.bench.ServeLoadTest --url http://127.0.0.1:7070 [--pid PID] …   (a server already running)
 * </pre>
 */
public final class ServeLoadTest {
    private ServeLoadTest() {
    }

    /** What one run measured. */
    public record Result(long requests, long errors, double seconds, long p50Micros, long p90Micros, long p99Micros,
                         long maxMicros, long serverPeakRssMb, List<String> errorSamples) {
        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        String jar = null;
        String data = null;
        long pid = -1;
        int clients = 50;
        double seconds = 60;
        long maxRequests = 2_000_000;
        int port = 17070;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--jar" -> jar = args[++i];
                case "--data" -> data = args[++i];
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
                case "--path" -> paths.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (paths.isEmpty()) {
            paths.addAll(DEFAULT_PATHS);
        }
        Process server = null;
        if (url == null) {
            if (jar == null) {
                throw new IllegalArgumentException("give --url of a running server or --jar to start one");
            }
            List<String> cmd = new ArrayList<>(List.of("java", "-Xmx2g", "-jar", jar, "serve", "--port", "" + port));
            if (data != null) {
                cmd.addAll(List.of("--data", data));
            }
            server = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "marsad-serve-load.log").toFile()).start();
            pid = server.pid();
            url = "http://127.0.0.1:" + port;
            // a fresh --data directory is first filled with the bundled sample, which takes a while
            awaitPort("127.0.0.1", port, server, 900);
        }
        try {
            System.out.printf("load: %d clients, %.0f s (at most %,d requests) on %s, paths %s%n", clients, seconds, maxRequests,
                    url, paths);
            Result r = run(URI.create(url), paths, clients, seconds, maxRequests, pid);
            System.out.printf("requests %,d in %.1f s: %,.0f requests/s; errors %d%n", r.requests(), r.seconds(), r.throughput(),
                    r.errors());
            System.out.printf("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", r.p50Micros() / 1e3,
                    r.p90Micros() / 1e3, r.p99Micros() / 1e3, r.maxMicros() / 1e3);
            System.out.printf("server peak resident memory: %s%n", r.serverPeakRssMb() < 0 ? "unknown" : r.serverPeakRssMb() + " MB");
            r.errorSamples().forEach(e -> System.out.println("error: " + e));
            if (r.errors() > 0) {
                System.exit(1);
            }
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    /** Read endpoints of the analyst's day: search (by relevance and newest first), quotes, timeline, entity suggestions, stats. */
    static final List<String> DEFAULT_PATHS = List.of(
            "/api/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7",
            "/api/search?q=%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3%20%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A&sort=newest",
            "/api/quotes?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9",
            "/api/timeline?q=%D8%AA%D9%88%D9%86%D8%B3",
            "/api/entities?prefix=%D8%AA%D9%88",
            "/api/stats");

    /** Runs the load against a loopback address; refuses any other host. */
    public static Result run(URI base, List<String> paths, int clients, double seconds, long maxRequests, long serverPid)
            throws Exception {
        InetAddress host = InetAddress.getByName(base.getHost());
        if (!host.isLoopbackAddress()) {
            throw new IllegalArgumentException("load tests run on loopback only, not " + base.getHost());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        List<HttpRequest> requests = paths.stream()
                .map(p -> HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(30)).GET().build()).toList();
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            fs.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                for (int k = offset; System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests; k++) {
                    HttpRequest req = requests.get(k % requests.size());
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() / 100 != 2) {
                            error(errors, samples, req.uri() + " → HTTP " + resp.statusCode());
                        }
                    } catch (IOException e) {
                        error(errors, samples, req.uri() + " → " + e);
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = (System.nanoTime() - t) / 1000;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : fs) {
            long[] l = f.get();
            int old = all.length;
            all = Arrays.copyOf(all, old + l.length);
            System.arraycopy(l, 0, all, old, l.length);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        return new Result(all.length, errors.get(), secs, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1], peakRss(serverPid), List.copyOf(samples));
    }

    private static void error(AtomicLong errors, List<String> samples, String what) {
        if (errors.incrementAndGet() <= 5) {
            samples.add(what);
        }
    }

    private static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static long peakRss(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static void awaitPort(String host, int port, Process p, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited with status " + p.exitValue());
            }
            try (Socket s = new Socket(host, port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("server did not open port " + port + " within " + seconds + " s");
    }
}
