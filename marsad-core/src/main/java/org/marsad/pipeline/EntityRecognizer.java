package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.text.AnalyzedText;

/** Finds named-entity mentions (the NER step). Implementations are thread-safe. */
@FunctionalInterface
public interface EntityRecognizer {
    List<EntityMention> recognize(AnalyzedText text);

    EntityRecognizer NONE = text -> List.of();
}
