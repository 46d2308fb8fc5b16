package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Quantity;
import org.marsad.text.AnalyzedText;

/** Finds numbers with their units. */
@FunctionalInterface
public interface QuantityRecognizer {
    List<Quantity> recognize(AnalyzedText text);

    QuantityRecognizer NONE = text -> List.of();
}
