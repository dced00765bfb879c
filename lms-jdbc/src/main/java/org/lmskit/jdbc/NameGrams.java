package org.lmskit.jdbc;

import java.util.Set;
import java.util.TreeSet;
import org.lmskit.spi.recruitment.NameKey;

/**
 * The one- and two-character pieces of a candidate's name keys, which PostgreSQL indexes to answer a name
 * search too short for a trigram (seed 004's own example is {@code co}): a key contains a fragment of one or two
 * characters exactly when its pieces include the fragment. Counted in code points, as {@link NameKey} keys are.
 */
final class NameGrams {
    /** The longest fragment the grams answer; longer ones go to the trigram indexes. */
    static final int LONGEST = 2;

    private NameGrams() {
    }

    /** Every piece of one or two code points of the last name's key and of the first name's key, never across them. */
    static Set<String> of(String lastName, String firstName) {
        Set<String> grams = new TreeSet<>();
        add(grams, NameKey.of(lastName));
        add(grams, NameKey.of(firstName));
        return grams;
    }

    private static void add(Set<String> grams, String key) {
        int[] points = key.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            grams.add(new String(points, i, 1));
            if (i + 1 < points.length) {
                grams.add(new String(points, i, 2));
            }
        }
    }
}
