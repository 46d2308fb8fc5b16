package org.marsad.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.sample.SampleCorpus;

/**
 * Estimates how many articles an input holds, for the ETA: JSONL lines, one per text file. Returns -1
 * for standard input, which cannot be read twice.
 */
final class InputCounter {
    private InputCounter() {
    }

    static long count(List<Path> paths, boolean sample) {
        long n = 0;
        try {
            if (sample) {
                try (InputStream in = SampleCorpus.open()) {
                    n += lines(in);
                }
            }
            if (paths.isEmpty() && !sample) {
                return -1;
            }
            for (Path p : paths) {
                if (p.toString().equals("-")) {
                    return -1;
                }
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            n += file(f);
                        }
                    }
                } else if (Files.isRegularFile(p)) {
                    n += file(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return n;
    }

    private static long file(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        if (base.startsWith(".")) {
            return 0;
        }
        if (base.endsWith(".txt")) {
            return 1;
        }
        if (!(base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json"))) {
            return 0;
        }
        try (InputStream raw = Files.newInputStream(f)) {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            return lines(gz ? new GZIPInputStream(in, 1 << 16) : in);
        }
    }

    private static long lines(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long lines = 0;
        boolean content = false;
        int r;
        while ((r = in.read(buf)) > 0) {
            for (int i = 0; i < r; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (content) {
                        lines++;
                    }
                    content = false;
                } else if (b != ' ' && b != '\r' && b != '\t') {
                    content = true;
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
