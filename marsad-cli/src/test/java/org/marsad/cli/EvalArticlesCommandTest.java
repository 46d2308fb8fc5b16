package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalArticlesCommandTest {
    @TempDir
    Path dir;
    Path gold;

    @BeforeEach
    void gold() throws IOException {
        gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(gold.resolve("a1.json"), """
                {"id": "a1", "published": "2022-01-14", "title": "بيسكوف: العلاقات خطيرة",
                 "text": "قال بيسكوف إن الحوار ممكن. وأضاف أن روسيا لن تتراجع أمس.",
                 "quotes": [
                   {"speaker": "بيسكوف", "speaker_kind": "person", "speaker_aliases": ["بيسكوف"], "cue": "قال",
                    "direct": false, "via": null, "medium": null, "in_title": false, "content": "الحوار ممكن"},
                   {"speaker": "بيسكوف", "speaker_kind": "person", "speaker_aliases": ["بيسكوف"], "cue": "وأضاف",
                    "direct": false, "via": null, "medium": null, "in_title": false, "content": "روسيا لن تتراجع"}],
                 "dates": [{"text": "أمس", "value": "2022-01-13"}],
                 "entities": [{"type": "PERS", "name": "بيسكوف", "mentions": ["بيسكوف"]},
                              {"type": "LOC", "name": "روسيا", "mentions": ["روسيا"]}]}
                """);
    }

    @Test
    void scoresAPredictionFileWithBreakdownAndErrors() throws IOException {
        String line = "{\"id\": \"a1\", \"quotes\": [{\"speaker\": {\"name\": \"بيسكوف\", \"kind\": \"person\"}, "
                + "\"direct\": false, \"content\": {\"field\": \"text\", \"text\": \"الحوار ممكن\"}}], "
                + "\"dates\": [{\"text\": \"أمس\", \"value\": \"2022-01-12\"}], "
                + "\"entities\": [{\"type\": \"PERS\", \"name\": \"بيسكوف\", \"mentions\": [{\"text\": \"بيسكوف\"}]}]}";
        Path pred = Files.writeString(dir.resolve("pred.jsonl"), line + "\n\ngarbage line\n");
        CliRun.Result r = CliRun.run("eval", "articles", gold.toString(), pred.toString(), "--errors");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("quote_attributed   P=1.000 R=0.500 F1=0.667")
                .contains("date_detect        P=1.000 R=1.000 F1=1.000")
                .contains("date_value         P=0.000 R=0.000 F1=0.000")
                .contains("entity_doc         P=1.000 R=0.500 F1=0.667")
                .contains("articles=1 missing=0 gold_quotes=2 gold_dates=1 gold_entities=2")
                .contains("entities by type:")
                .containsPattern("missed +quote +a1 gold=«روسيا لن تتراجع»")
                .containsPattern("wrong_value +date +a1")
                .containsPattern("missed +entity +a1 gold=«روسيا»");
        assertThat(r.err()).contains("pred.jsonl:3: not JSON");
    }

    @Test
    void eachCapabilityPrintsOnlyItsOwnFigures() throws IOException {
        Path pred = Files.writeString(dir.resolve("pred.jsonl"), "{\"id\": \"a1\"}\n");
        CliRun.Result q = CliRun.run("eval", "quotes", gold.toString(), pred.toString());
        assertThat(q.out()).contains("quote_detect").doesNotContain("date_value").doesNotContain("entity_doc");
        CliRun.Result d = CliRun.run("eval", "dates", gold.toString(), pred.toString());
        assertThat(d.out()).contains("date_value").doesNotContain("quote_detect");
        CliRun.Result e = CliRun.run("eval", "entities", gold.toString(), pred.toString(), "--min-f1", "0.5");
        assertThat(e.out()).contains("entity_doc         P=0.000 R=0.000 F1=0.000");
        assertThat(e.code()).isEqualTo(1);
    }

    @Test
    void withoutPredictionsItRunsThePipelineOnTheGoldArticles() {
        CliRun.Result r = CliRun.run("eval", "articles", gold.toString(), "--threads", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles=1 missing=0");
    }

    @Test
    void aBrokenGoldFileIsNamed() throws IOException {
        Files.writeString(gold.resolve("b2.json"), "{\"title\": \"no id\"}");
        CliRun.Result r = CliRun.run("eval", "articles", gold.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("b2.json");
    }
}
