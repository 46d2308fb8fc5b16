package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.text.AnalyzedText;

/** Groups mentions into entities with names, titles and stable keys. Implementations are thread-safe. */
@FunctionalInterface
public interface EntityLinker {
    List<Entity> link(AnalyzedText text, List<EntityMention> mentions);

    EntityLinker NONE = (text, mentions) -> List.of();
}
