package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, """
                {"id":"a1","title":"موسكو تحذر","text":"قال بيسكوف إن روسيا لن تتراجع، وأضاف أن لروسيا حقوقا.","published":"2022-01-14"}
                {"id":"a2","title":"","text":"زار الوفد موسكو ثم غادر روسيا إلى شركة أكمي.","published":"2022-01-15"}
                """);
        return f;
    }

    @Test
    void tableCountsArticlesMentionsAndVariantsPerKey() throws Exception {
        CliRun.Result r = CliRun.run("entities", corpus().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("in 2 articles");
        String russia = r.out().lines().filter(l -> l.startsWith("country:ru")).findFirst().orElseThrow();
        assertThat(russia).contains("Russia").contains("روسيا×3").matches(".*LOC\\s+2\\s+3\\s.*");
        assertThat(r.out()).contains("city:moscow").contains("pers:dmitry-peskov");
    }

    @Test
    void jsonListsTheSameAndAUserCatalogAddsEntities() throws Exception {
        Path cat = dir.resolve("mine.tsv");
        Files.writeString(cat, "org:acme\tORG\tAcme\tشركة أكمي|أكمي\n");
        CliRun.Result r = CliRun.run("entities", "--format", "json", "--catalog", cat.toString(), corpus().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a.isArray()).isTrue();
        JsonNode first = a.get(0);
        assertThat(first.get("articles").asInt()).isEqualTo(2);
        assertThat(a.findValuesAsText("key")).contains("org:acme", "country:ru");
    }

    @Test
    void aBadCatalogIsReportedWithItsLine() throws Exception {
        Path cat = dir.resolve("bad.tsv");
        Files.writeString(cat, "# mine\norg:acme\tCOMPANY\tAcme\tأكمي\n");
        CliRun.Result r = CliRun.run("entities", "--catalog", cat.toString(), corpus().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("bad.tsv:2").contains("unknown type 'COMPANY'");
    }
}
