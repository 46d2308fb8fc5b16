package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link ArticleScorer}: the reference scorer's five metrics, breakdowns by kind and
 * every error.
 *
 * @param missing gold articles with no prediction at all
 */
public record ArticleScores(int articles, int missing, Prf quoteDetect, Prf quoteAttributed, Prf dateDetect,
                            Prf dateValue, Prf entityDoc, Map<String, Breakdown.Row> quotesByForm,
                            Map<String, Breakdown.Row> quotesBySpeakerKind, Map<String, Breakdown.Row> datesByGranularity,
                            Map<String, Breakdown.Row> entitiesByType, List<ScoreError> errors) {
    public ArticleScores {
        errors = List.copyOf(errors);
    }

    public List<ScoreError> errors(String capability) {
        return errors.stream().filter(e -> e.capability().equals(capability)).toList();
    }

    static final class Builder {
        int articles;
        int missing;
        int quotePred;
        int quoteGold;
        int quoteFound;
        int quoteAttributed;
        int datePred;
        int dateGold;
        int dateFound;
        int dateRight;
        int entityPred;
        int entityGold;
        int entityFound;
        final Breakdown quoteByForm = new Breakdown();
        final Breakdown quoteByKind = new Breakdown();
        final Breakdown dateByGranularity = new Breakdown();
        final Breakdown entityByType = new Breakdown();
        final List<ScoreError> errors = new ArrayList<>();

        void error(ScoreError.Kind kind, String capability, String article, String gold, String predicted, String detail) {
            errors.add(new ScoreError(kind, capability, article, gold, predicted, detail));
        }

        ArticleScores build() {
            return new ArticleScores(articles, missing, new Prf(quoteFound, quotePred, quoteGold),
                    new Prf(quoteAttributed, quotePred, quoteGold), new Prf(dateFound, datePred, dateGold),
                    new Prf(dateRight, datePred, dateGold), new Prf(entityFound, entityPred, entityGold),
                    quoteByForm.rows(), quoteByKind.rows(), dateByGranularity.rows(), entityByType.rows(), errors);
        }
    }
}
