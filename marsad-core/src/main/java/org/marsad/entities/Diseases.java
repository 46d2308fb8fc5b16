package org.marsad.entities;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Diseases and their agents are no entities, but a name after their head noun reads like one to the
 * tagger: {@code داء الكلب} (rabies) as a place, {@code فيروس زيكا}, {@code حمى لاسا} as persons.
 */
final class Diseases {
    /** Heads long enough that a proclitic before them is no part of another word: بفيروس, والمتلازمة. */
    private static final Set<String> HEADS = ArabicNormalizer.normalizeAll("فيروس", "فيروسات", "متلازمة", "إنفلونزا",
            "أنفلونزا", "انفلونزا", "وباء", "جرثومة", "بكتيريا");
    /**
     * Short heads, only as written or with the article: with a proclitic they are other words or names
     * (فداء, نداء; بمرض is rare).
     */
    private static final Set<String> SHORT_HEADS = ArabicNormalizer.normalizeAll("داء", "مرض", "حمى", "أمراض");

    private Diseases() {
    }

    /** Whether a mention whose normalized words are {@code words} starts with the head noun of a disease. */
    static boolean isDisease(List<String> words) {
        String first = words.get(0);
        return SHORT_HEADS.contains(NameKey.withoutArticle(first)) || Clitics.bareIn(first, HEADS) != null;
    }
}
