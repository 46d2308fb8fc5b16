package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.DateExpression;
import org.marsad.text.AnalyzedText;

/** Finds date expressions and resolves them against the article's publication date. */
@FunctionalInterface
public interface DateRecognizer {
    List<DateExpression> recognize(AnalyzedText text);

    DateRecognizer NONE = text -> List.of();
}
