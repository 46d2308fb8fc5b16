package org.marsad.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Real OpenSearch nodes for the integration tests: the 2.19 distribution Maven unpacked into target/
 * ({@code -Popensearch}), started on free loopback ports, with its data in a temporary directory,
 * as the unprivileged user {@value #USER} when the tests run as root (OpenSearch refuses root; the
 * user is created if missing). {@link #close()} stops every node.
 */
final class OpenSearchCluster implements AutoCloseable {
    static final String USER = "marsad-os";
    static final String HOME_PROPERTY = "marsad.opensearch.home";

    private final List<Node> nodes = new ArrayList<>();

    private record Node(String name, int http, int transport, Path dir, Process process) {
    }

    /** The unpacked distribution, or null when the tests were not run with {@code -Popensearch}. */
    static Path home() {
        String h = System.getProperty(HOME_PROPERTY);
        return h != null && Files.isExecutable(Path.of(h, "bin/opensearch")) ? Path.of(h) : null;
    }

    /** Starts {@code size} nodes forming one cluster and waits until it is green. */
    static OpenSearchCluster start(int size) throws IOException, InterruptedException {
        Path home = home();
        if (home == null) {
            throw new IllegalStateException("no OpenSearch distribution: run with -Popensearch");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            ensureUser();
        }
        int[] http = new int[size];
        int[] transport = new int[size];
        for (int i = 0; i < size; i++) {
            http[i] = freePort();
            transport[i] = freePort();
        }
        String seeds = java.util.Arrays.stream(transport).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add("n" + (i + 1));
        }
        OpenSearchCluster c = new OpenSearchCluster();
        try {
            for (int i = 0; i < size; i++) {
                Path dir = Files.createTempDirectory("marsad-os-" + names.get(i) + "-");
                Files.createDirectories(dir.resolve("data"));
                Files.createDirectories(dir.resolve("logs"));
                // a private copy of the configuration: the node may write to it (keystore) and must own it
                copyTree(home.resolve("config"), dir.resolve("config"));
                // the launcher runs from the (read-only) distribution: gc log and heap dumps go to the node's directory
                Path jvmOptions = dir.resolve("config/jvm.options");
                Files.writeString(jvmOptions, Files.readString(jvmOptions)
                        .replace("file=logs/gc.log", "file=" + dir.resolve("logs/gc.log"))
                        .replace("HeapDumpPath=data", "HeapDumpPath=" + dir.resolve("data"))
                        .replace("ErrorFile=logs/", "ErrorFile=" + dir.resolve("logs") + "/"));
                if (root) {
                    run("chown", "-R", USER, dir.toString());
                }
                List<String> cmd = new ArrayList<>();
                if (root) {
                    cmd.addAll(List.of("runuser", "-u", USER, "--"));
                }
                cmd.addAll(List.of("env", "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
                        "OPENSEARCH_PATH_CONF=" + dir.resolve("config"),
                        "OPENSEARCH_JAVA_OPTS=-Xms384m -Xmx384m -XX:TieredStopAtLevel=1",
                        home.resolve("bin/opensearch").toString(),
                        "-Ecluster.name=marsad-it-" + http[0], "-Enode.name=" + names.get(i),
                        "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + http[i], "-Etransport.port=" + transport[i],
                        "-Epath.data=" + dir.resolve("data"), "-Epath.logs=" + dir.resolve("logs"),
                        "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
                if (size == 1) {
                    cmd.add("-Ediscovery.type=single-node");
                } else {
                    cmd.add("-Ediscovery.seed_hosts=" + seeds);
                    // one cluster manager: with two eligible nodes the voting configuration holds only one of
                    // them, and stopping that one would leave the other unable to elect itself
                    cmd.add("-Ecluster.initial_cluster_manager_nodes=" + names.get(0));
                    if (i > 0) {
                        cmd.add("-Enode.roles=data,ingest");
                    }
                }
                Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("console.log").toFile()).start();
                c.nodes.add(new Node(names.get(i), http[i], transport[i], dir, p));
            }
            c.awaitGreen(size);
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Comma-separated HTTP URLs of every node. */
    String urls() {
        return nodes.stream().map(n -> "http://127.0.0.1:" + n.http).collect(Collectors.joining(","));
    }

    private void awaitGreen(int size) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        String url = "http://127.0.0.1:" + nodes.get(0).http
                + "/_cluster/health?wait_for_status=green&wait_for_nodes=" + size + "&timeout=5s";
        while (System.nanoTime() < deadline) {
            for (Node n : nodes) {
                if (!n.process.isAlive()) {
                    throw new IOException("OpenSearch node " + n.name + " exited: " + tail(n.dir.resolve("console.log")));
                }
            }
            try {
                HttpURLConnection con = (HttpURLConnection) URI.create(url).toURL().openConnection();
                con.setConnectTimeout(1000);
                con.setReadTimeout(10_000);
                if (con.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("OpenSearch did not become green within 180 s: " + tail(nodes.get(0).dir.resolve("console.log")));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void ensureUser() throws IOException, InterruptedException {
        if (new ProcessBuilder("id", "-u", USER).start().waitFor() != 0) {
            run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
        }
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** Stops one node (0-based), as a crash of that machine would; the others keep running. */
    void stopNode(int i) throws InterruptedException {
        Node n = nodes.get(i);
        n.process.descendants().forEach(ProcessHandle::destroyForcibly);
        n.process.destroyForcibly().waitFor();
    }

    /** The HTTP URL of one node. */
    String url(int i) {
        return "http://127.0.0.1:" + nodes.get(i).http;
    }

    @Override
    public void close() {
        for (Node n : nodes) {
            // the node runs as a child of runuser: signal the whole process tree, the JVM first
            n.process.descendants().forEach(ProcessHandle::destroy);
            n.process.destroy();
        }
        for (Node n : nodes) {
            try {
                if (!n.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    n.process.descendants().forEach(ProcessHandle::destroyForcibly);
                    n.process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(n.dir);
        }
        nodes.clear();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
