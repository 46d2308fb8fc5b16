package org.marsad.index;

import java.util.Locale;
import org.marsad.model.Entity;
import org.marsad.text.ArabicNormalizer;

/** The archive-wide key of an entity: its linker key, or its type and normalized name when it has none. */
public final class EntityKeys {
    private EntityKeys() {
    }

    public static String of(Entity e) {
        if (e.key() != null && !e.key().isBlank()) {
            return e.key();
        }
        return e.type().name() + ":" + ArabicNormalizer.normalize(e.name()).toLowerCase(Locale.ROOT).strip();
    }
}
