package org.marsad.ner;

import org.marsad.model.EntityType;

/**
 * The IOB2 tag set as small ints: 0 is {@code O}, then {@code B-} and {@code I-} of each
 * {@link EntityType} in declaration order. Decoders and trainers work over these ints only.
 */
public final class NerTags {
    private static final EntityType[] TYPES = EntityType.values();
    public static final int O = 0;
    public static final int COUNT = 1 + 2 * TYPES.length;
    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[O] = "O";
        for (EntityType t : TYPES) {
            NAMES[begin(t)] = "B-" + t.name();
            NAMES[inside(t)] = "I-" + t.name();
        }
    }

    private NerTags() {
    }

    public static int begin(EntityType t) {
        return 1 + 2 * t.ordinal();
    }

    public static int inside(EntityType t) {
        return 2 + 2 * t.ordinal();
    }

    public static boolean isBegin(int tag) {
        return tag != O && (tag & 1) == 1;
    }

    public static boolean isInside(int tag) {
        return tag != O && (tag & 1) == 0;
    }

    /** The entity type of a B- or I- tag; null for O. */
    public static EntityType type(int tag) {
        return tag == O ? null : TYPES[(tag - 1) / 2];
    }

    public static String name(int tag) {
        return NAMES[tag];
    }

    /**
     * Parses a CoNLL tag. Accepts IOB1/IOB2 prefixes and the type spellings {@link EntityType#parse}
     * knows; unknown types are an error naming the tag.
     */
    public static int parse(String tag) {
        if (tag.equals("O")) {
            return O;
        }
        if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
            throw new IllegalArgumentException("not an IOB tag: " + tag);
        }
        EntityType t = EntityType.parse(tag.substring(2));
        return tag.charAt(0) == 'B' ? begin(t) : inside(t);
    }

    /** Whether IOB2 allows {@code next} after {@code prev} ({@code prev} = -1 at sentence start). */
    public static boolean allowed(int prev, int next) {
        if (!isInside(next)) {
            return true;
        }
        return prev > 0 && type(prev) == type(next);
    }
}
