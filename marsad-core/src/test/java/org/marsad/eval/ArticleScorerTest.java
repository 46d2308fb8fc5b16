package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {
    private static GoldArticle gold() {
        return new GoldArticle("a1", "X", "2022-01-14", "بيسكوف: العلاقات تدخل مرحلة خطيرة", "نص",
                List.of(
                        new GoldArticle.Quote("ديمتري بيسكوف", "person", List.of("ديمتري بيسكوف", "بيسكوف"), "قال", true,
                                null, null, false, "العلاقات مع الولايات المتحدة تدخل مرحلة خطيرة"),
                        new GoldArticle.Quote("فالنتينا ماتفينكو", "person", List.of("ماتفينكو"), "قالت", false,
                                null, null, false, "الحوار ممكن"),
                        new GoldArticle.Quote("مصادر مطلعة", "anonymous", List.of(), "أفادت", false, null, null, false,
                                "الاجتماع تأجل إلى الأسبوع المقبل")),
                List.of(new GoldArticle.Date("10 كانون الثاني الحالي", "2022-01-10"),
                        new GoldArticle.Date("أمس", "2022-01-13"),
                        new GoldArticle.Date("10 كانون الثاني الحالي", "2022-01-10")),
                List.of(new GoldArticle.Entity("PERS", "ديمتري بيسكوف", List.of("ديمتري بيسكوف", "بيسكوف")),
                        new GoldArticle.Entity("LOC", "روسيا", List.of("روسيا")),
                        new GoldArticle.Entity("ORG", "حلف شمال الأطلسي", List.of("ناتو"))));
    }

    @Test
    void countsMatchesTheWayTheReferenceScorerDoes() {
        Prediction p = new Prediction("a1",
                List.of(new Prediction.Quote("إن العلاقات مع الولايات المتحدة تدخل", "ديمتري بيسكوف", "person", true, false),
                        new Prediction.Quote("الحوار ممكن", "بوليانسكي", "person", false, false),
                        new Prediction.Quote("كلام لا علاقة له", "أحد", "person", false, false)),
                List.of(new Prediction.Date("10 كانون الثاني", "2022-01-10"),
                        new Prediction.Date("10 كانون الثاني", "2022-01-10"),
                        new Prediction.Date("أمس", "2022-01-12")),
                List.of(new Prediction.Entity("PERS", "بيسكوف", List.of("بيسكوف")),
                        new Prediction.Entity("LOC", "لروسيا", List.of("لروسيا")),
                        new Prediction.Entity("LOC", "ناتو", List.of("ناتو"))));
        ArticleScores s = ArticleScorer.score(List.of(gold()), Map.of("a1", p));

        assertThat(s.quoteDetect()).isEqualTo(new Prf(2, 3, 3));
        assertThat(s.quoteAttributed()).isEqualTo(new Prf(1, 3, 3));
        // duplicates collapse on both sides: 2 distinct predicted, 2 distinct gold
        assertThat(s.dateDetect()).isEqualTo(new Prf(2, 2, 2));
        assertThat(s.dateValue()).isEqualTo(new Prf(1, 2, 2));
        // ناتو is predicted LOC: the type must match too
        assertThat(s.entityDoc()).isEqualTo(new Prf(2, 3, 3));

        assertThat(s.errors("quote")).extracting(ScoreError::kind)
                .containsExactly(ScoreError.Kind.MISATTRIBUTED, ScoreError.Kind.MISSED, ScoreError.Kind.SPURIOUS);
        assertThat(s.errors("date")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ScoreError.Kind.WRONG_VALUE);
            assertThat(e.detail()).contains("2022-01-13").contains("2022-01-12");
        });
        assertThat(s.errors("entity")).extracting(ScoreError::kind)
                .containsExactly(ScoreError.Kind.MISSED, ScoreError.Kind.SPURIOUS);
        assertThat(s.entitiesByType().get("ORG")).isEqualTo(new Breakdown.Row(1, 0, 0, 0));
        assertThat(s.entitiesByType().get("LOC")).isEqualTo(new Breakdown.Row(1, 1, 2, 1));
        assertThat(s.quotesBySpeakerKind().get("speaker anonymous")).isEqualTo(new Breakdown.Row(1, 0, 0, 0));
        assertThat(s.datesByGranularity().get("day")).isEqualTo(new Breakdown.Row(2, 1, 2, 1));
    }

    @Test
    void anArticleWithoutPredictionIsMissingAndScoresNothing() {
        ArticleScores s = ArticleScorer.score(List.of(gold()), Map.of());
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.quoteAttributed()).isEqualTo(new Prf(0, 0, 3));
        assertThat(s.quoteAttributed().f1()).isZero();
        assertThat(s.errors()).hasSize(3 + 2 + 3);
    }

    @Test
    void theBestOverlappingPredictionWinsAndIsUsedOnce() {
        GoldArticle g = new GoldArticle("a", null, null, "", "", List.of(
                new GoldArticle.Quote("س", "person", List.of("س"), null, true, null, null, false, "أ ب ج د"),
                new GoldArticle.Quote("س", "person", List.of("س"), null, true, null, null, false, "أ ب ج د")),
                List.of(), List.of());
        Prediction p = new Prediction("a", List.of(new Prediction.Quote("أ ب", "س", null, true, false),
                new Prediction.Quote("أ ب ج", "س", null, true, false)), List.of(), List.of());
        ArticleScores s = ArticleScorer.score(List.of(g), Map.of("a", p));
        assertThat(s.quoteAttributed()).isEqualTo(new Prf(2, 2, 2));
    }
}
