package org.lmskit.spi.recruitment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name is compared in a name search (seed 004, portfolio "Nom du candidat": typing {@code co} lists
 * both CORBE Jean François and POLMAN Nicolas). Both the stored names and the searched fragment go through
 * {@link #of(String)}, and a name matches when its key contains the fragment's key, so every adapter
 * answers the same search the same way: lower case ({@code Locale.ROOT}), compatibility decomposition
 * (NFKD, so {@code ﬁ} is {@code fi}), and every combining mark removed (so {@code é} is {@code e} and
 * {@code Ç} is {@code c}). Letters with no decomposition ({@code ø}, {@code ß}, {@code æ}) stay as they are.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    /** The key of {@code name}: lower case, decomposed, without combining marks. */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("");
    }
}
