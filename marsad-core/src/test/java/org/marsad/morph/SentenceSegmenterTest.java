package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private final SentenceSegmenter ss = new SentenceSegmenter(Segmenter.standard());

    @Test
    void textFormMarksCliticJoins() {
        assertThat(ss.appendText("وبالولايات المتحدة.", new StringBuilder()).toString())
                .isEqualTo("و+ب+الولايات المتحدة .\n");
    }

    @Test
    void conlluHasTokenLinesSurfaceWordsAndRestoredArticle() {
        String out = ss.appendConllu("7", "قال إن بلاده للسلطة.", new StringBuilder()).toString();
        assertThat(out.split("\n")).containsExactly(
                "# sent_id = 7",
                "# text = قال إن بلاده للسلطة.",
                "1\tقال\tقال\t_\t_\t_\t_\t_\t_\t_",
                "2\tإن\tإن\t_\t_\t_\t_\t_\t_\t_",
                "3-4\tبلاده\t_\t_\t_\t_\t_\t_\t_\t_",
                "3\tبلاد\tبلاد\t_\t_\t_\t_\t_\t_\t_",
                "4\tه\tه\t_\t_\t_\t_\t_\t_\t_",
                "5-6\tللسلطة\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
                "5\tل\tل\t_\t_\t_\t_\t_\t_\t_",
                "6\tلسلطة\tالسلطة\t_\t_\t_\t_\t_\t_\t_",
                "7\t.\t.\t_\t_\t_\t_\t_\t_\t_");
        assertThat(out).endsWith("\n\n");
    }

    @Test
    void wordsCoverTheTextWithoutSpaces() {
        String text = "وقال لهم: سنعود إلى بلادنا.";
        String joined = String.join("", ss.words(text));
        assertThat(joined).isEqualTo(text.replace(" ", ""));
    }
}
