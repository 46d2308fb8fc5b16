package org.marsad.entities;

import java.util.List;
import java.util.Objects;
import org.marsad.model.EntityType;
import org.marsad.model.Gender;

/**
 * One well-known person, organization or place of the alias catalog.
 *
 * @param key       stable id across articles ({@code country:ru}, {@code org:nato}, {@code pers:dmitry-peskov})
 * @param name      preferred Arabic name
 * @param latin     readable Latin name
 * @param aliases   every name it goes by, Arabic and Latin, the preferred one first
 * @param capitalOf for a capital city, the ISO code of its country, else null
 */
public record CatalogEntry(String key, EntityType type, String name, String latin, List<Alias> aliases,
                           String capitalOf, Gender gender) {
    public CatalogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    /**
     * One name of an entry.
     *
     * @param recognize whether the name may propose a mention by itself; false for names that are also
     *                  common words ({@code فتح}, {@code مالي}) and only link what the tagger found
     */
    public record Alias(String text, boolean recognize) {
    }
}
