package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads predictions in the analysis contract, one JSON object a line ({@code marsad analyze --format jsonl}
 * or any other system's output in that shape). Like the reference scorer, a line that is not JSON is
 * skipped; the count of skipped lines is kept so the command can say so.
 */
public final class PredictionReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Prediction> predictions = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    public static PredictionReader read(Path path) throws IOException {
        PredictionReader r = new PredictionReader();
        InputStream in = Files.newInputStream(path);
        if (path.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    r.skipped.add(path + ":" + n + ": not JSON");
                    continue;
                }
                if (o == null || !o.isObject()) {
                    r.skipped.add(path + ":" + n + ": not a JSON object");
                    continue;
                }
                r.predictions.add(Prediction.fromJson(o));
            }
        }
        return r;
    }

    public List<Prediction> predictions() {
        return predictions;
    }

    /** Lines that were not read, with their place. */
    public List<String> skipped() {
        return skipped;
    }
}
