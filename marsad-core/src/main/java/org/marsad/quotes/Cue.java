package org.marsad.quotes;

import org.marsad.model.Gender;
import org.marsad.model.Stance;

/**
 * One surface form of a speech cue after normalization.
 *
 * @param lemma      the verb as listed in the lexicon (3rd person masculine past)
 * @param type       how the cue takes its statement
 * @param form       the grammatical form of this surface
 * @param gender     what the form says about its subject; UNKNOWN for plural and duals
 * @param plural     the form has a plural or dual subject
 * @param possessive a verbal noun with a possessive pronoun (قوله، قولها): its owner is the speaker
 * @param finalAlefMaqsura the lexicon spells this form with a final ى, so a word ending in ي is not it
 */
public record Cue(String lemma, CueType type, Stance stance, Form form, Gender gender, boolean plural,
                  boolean possessive, boolean finalAlefMaqsura) {

    /** How a cue introduces what was said. */
    public enum CueType {
        /** Takes a clause (أن/إن/بأن, a colon) or quotation marks. */
        SPEECH,
        /** Only with quotation marks: هدد بفرض “عقاب شديد”. */
        MARKED,
        /** اعتبر/وصف: also object and predicate, as in a headline. */
        CONSIDER,
        /** نقل: the subject relays, the speaker follows عن. */
        RELAY,
        /** Only with على أن: أصر على أن (أصر على البقاء، أصروا أن يكون are no statement). */
        INSIST
    }

    public enum Form {
        PAST, PRESENT, PARTICIPLE, VERBAL_NOUN
    }

    public boolean finite() {
        return form == Form.PAST || form == Form.PRESENT;
    }
}
