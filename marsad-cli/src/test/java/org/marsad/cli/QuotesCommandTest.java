package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
    private static final String ARTICLE = "{\"id\":\"a1\",\"published\":\"2022-01-14\",\"title\":\"\",\"text\":"
            + "\"قالت رئيسة مجلس الاتحاد فالنتينا ماتفينكو: إذا جرت محاولة فستدافع المنظمة عنها.\\n"
            + "من جانبه قال رئيس مجلس الدوما فياتشيسلاف فولودين: إن العديد من الدول تشعر بالندم.\\n"
            + "وأضافت ماتفينكو: “لقد أثبتنا أن المنظمة مؤسسة جادة”.\"}\n";

    @TempDir
    Path dir;

    private String[] run(String... args) {
        CliRun.Result r = CliRun.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().split("\n");
    }

    @Test
    void tableListsSpeakerCueContentArticleAndDate() throws IOException {
        Path in = Files.writeString(dir.resolve("a.jsonl"), ARTICLE);
        String[] lines = run("quotes", in.toString(), "--threads", "1");
        assertThat(lines[0]).isEqualTo("speaker\tcue\tcontent\tarticle\tdate");
        assertThat(lines).hasSize(4);
        assertThat(lines[1].split("\t")).containsExactly("فالنتينا ماتفينكو", "قالت",
                "إذا جرت محاولة فستدافع المنظمة عنها", "a1", "2022-01-14");
        assertThat(lines[3]).startsWith("فالنتينا ماتفينكو\tوأضافت\tلقد أثبتنا");
    }

    @Test
    void speakerFilterMatchesSpellingVariantsAndJsonHasOffsets() throws IOException {
        Path in = Files.writeString(dir.resolve("a.jsonl"), ARTICLE);
        String[] lines = run("quotes", in.toString(), "--speaker", "فولودين", "--format", "json", "--threads", "1");
        List<String> rows = Arrays.stream(lines).filter(l -> !l.isBlank()).toList();
        assertThat(rows).hasSize(1);
        JsonNode q = new ObjectMapper().readTree(rows.get(0));
        assertThat(q.get("speaker").asText()).isEqualTo("فياتشيسلاف فولودين");
        assertThat(q.get("content").asText()).isEqualTo("العديد من الدول تشعر بالندم");
        assertThat(q.get("article").asText()).isEqualTo("a1");
        assertThat(q.get("end").asInt() - q.get("start").asInt()).isEqualTo(q.get("content").asText().length());
        String[] none = run("quotes", in.toString(), "--speaker", "بيسكوف", "--threads", "1");
        assertThat(none).hasSize(1); // the header only
    }
}
