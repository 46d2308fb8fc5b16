package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.DateExpression;
import org.marsad.model.Quantity;
import org.marsad.text.AnalyzedText;

/** Finds numbers with their units. */
@FunctionalInterface
public interface QuantityRecognizer {
    List<Quantity> recognize(AnalyzedText text);

    /**
     * The same, given the dates the pipeline's date step found in {@code text}, for an implementation that
     * needs them (numbers inside dates are no quantities) and would otherwise find them again.
     */
    default List<Quantity> recognize(AnalyzedText text, List<DateExpression> dates) {
        return recognize(text);
    }

    QuantityRecognizer NONE = text -> List.of();
}
