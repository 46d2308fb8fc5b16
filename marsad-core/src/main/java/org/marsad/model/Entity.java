package org.marsad.model;

import java.util.List;

/**
 * One real-world person, organization or place in an article.
 *
 * @param id       article-local id ("e1")
 * @param key      stable id across articles (the same person in 500 articles has one key)
 * @param name     fullest form of the name in the article
 * @param latin    readable Latin name (catalog or transliteration)
 * @param titles   titles and roles the article gives the entity
 * @param mentions every place the entity is named, without attached clitics where possible
 */
public record Entity(String id, String key, EntityType type, String name, String latin, List<String> titles,
                     Gender gender, List<TextSpan> mentions) {
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    /**
     * The key that names this entity across a corpus (archive, Spark tables): the linker's {@code key}, or
     * its type and normalized name when it has none.
     */
    public String corpusKey() {
        if (key != null && !key.isBlank()) {
            return key;
        }
        return type.name() + ":" + org.marsad.text.ArabicNormalizer.normalize(name).toLowerCase(java.util.Locale.ROOT).strip();
    }
}
