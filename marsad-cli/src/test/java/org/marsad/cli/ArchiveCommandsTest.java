package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCommandsTest {
    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path f = tmp.resolve("news.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"n1\",\"title\":\"أمريكا ترد\",\"text\":\"قالت وزارة الخارجية إن وأمريكا ستواصل.\",\"published\":\"2018-02-01\",\"source\":\"skynews\"}",
                "{\"id\":\"n2\",\"title\":\"الولايات التونسية\",\"text\":\"مشاريع جديدة في ولاية القصرين.\",\"published\":\"2017-05-01\",\"source\":\"Jawhara FM\"}",
                "this line is not JSON",
                "{\"id\":\"n3\",\"title\":\"الاقتصاد\",\"text\":\"ارتفعت أسعار النفط.\",\"published\":\"2018-03-01\",\"source\":\"BBC\"}",
                ""), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void ingestThenSearchFromTheCommandLine() throws Exception {
        Path data = tmp.resolve("archive");
        CliRun.Result ingest = CliRun.run("ingest", corpus().toString(), "--data", data.toString(), "--progress", "lines");
        assertThat(ingest.code()).as(ingest.err()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(ingest.err()).contains("news.jsonl:3", "not valid JSON");
        assertThat(ingest.out()).contains("3 articles stored (3 analysed, 0 unchanged");

        CliRun.Result again = CliRun.run("ingest", corpus().toString(), "--data", data.toString(), "--progress", "none");
        assertThat(again.out()).contains("3 articles stored (0 analysed, 3 unchanged");
        assertThat(again.err()).doesNotContain("marsad ingest:");

        CliRun.Result search = CliRun.run("search", "امريكا", "--data", data.toString());
        assertThat(search.code()).isZero();
        assertThat(search.out()).startsWith("1 hits").contains("n1", "2018-02-01", "»");

        CliRun.Result json = CliRun.run("search", "ولاية", "--data", data.toString(), "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"n2\"", "\"total\" : 1", "\"facets\"");

        CliRun.Result dated = CliRun.run("search", "--data", data.toString(), "--from", "2018-01-01", "--to", "2018-12-31",
                "--source", "BBC");
        assertThat(dated.out()).startsWith("1 hits").contains("n3");
    }

    @Test
    void searchRefusesBadInput() {
        CliRun.Result noArchive = CliRun.run("search", "x", "--data", tmp.resolve("none").toString());
        assertThat(noArchive.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(noArchive.err()).contains("no archive");
        CliRun.Result badRange = CliRun.run("search", "x", "--data", tmp.toString(), "--from", "2018-02-01", "--to", "2018-01-01");
        assertThat(badRange.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRange.err()).contains("date range is empty");
    }

    @Test
    void progressLineShowsRateAndEta() {
        var p = new org.marsad.index.ingest.Ingester.Progress(500, 400, 100, 0, 0, 300, 2.0);
        assertThat(IngestProgress.line(p, 1000)).isEqualTo("500/1,000 articles, 250/s, ETA 0:02, 300 committed, 100 unchanged");
        assertThat(IngestProgress.bar(p, 1000)).startsWith("[##############..............] 500/1,000");
        assertThat(IngestProgress.eta(3725)).isEqualTo("1:02:05");
    }

    @Test
    void counterEstimatesJsonlArticles() throws Exception {
        assertThat(InputCounter.count(java.util.List.of(corpus()), false)).isEqualTo(4);
        assertThat(InputCounter.count(java.util.List.of(), false)).isEqualTo(-1);
    }
}
