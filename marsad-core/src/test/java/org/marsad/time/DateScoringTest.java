package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateScoringTest {
    @Test
    void normalizesLikeTheReferenceScorer() {
        // like the reference scorer, a slash stays
        assertThat(DateScoring.normalize("آذار/مارس، الماضي")).isEqualTo("اذار/مارس الماضي");
        assertThat(DateScoring.normalize("غداً")).isEqualTo("غدا");
        assertThat(DateScoring.normalize("الأحد الماضية")).isEqualTo("الاحد الماضيه");
    }

    @Test
    void overlappingTextsMatchAndValuesDecide() {
        var gold = List.of(DateScoring.pair("الخميس 13 كانون الثاني", "2022-01-13"), DateScoring.pair("اليوم", "2022-01-14"));
        var pred = List.of(DateScoring.pair("يوم الخميس 13 كانون الثاني", "2022-01-13"),
                DateScoring.pair("اليوم", "2022-01-15"), DateScoring.pair("2014", "2014"));
        DateScoring.ArticleScore s = DateScoring.score(pred, gold);
        assertThat(s.score()).isEqualTo(new DateScoring.Score(3, 2, 2, 1));
        assertThat(s.wrongValue()).hasSize(1);
        assertThat(s.spurious()).containsExactly(DateScoring.pair("2014", "2014"));
        assertThat(s.score().precision()).isEqualTo(1 / 3.0);
        assertThat(s.score().recall()).isEqualTo(0.5);
    }

    @Test
    void repeatedPairsCountOnce() {
        var gold = List.of(DateScoring.pair("الاثنين", "2018-07-02"));
        var pred = List.of(DateScoring.pair("الاثنين", "2018-07-02"), DateScoring.pair("الاثنين", "2018-07-02"));
        assertThat(DateScoring.score(pred, gold).score().f1()).isEqualTo(1.0);
    }
}
