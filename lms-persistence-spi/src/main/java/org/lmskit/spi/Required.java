package org.lmskit.spi;

/** The stored records' one null check: every field a record requires, named once, in one call. */
public final class Required {
    private Required() {
    }

    /**
     * Throws {@link NullPointerException} naming the first field of {@code names} (space-separated, in the
     * order of {@code values}) whose value is null; the names are split only then, so the check costs nothing.
     */
    public static void fields(String names, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                String[] all = names.split(" ");
                throw new NullPointerException(i < all.length ? all[i] : "field " + i);
            }
        }
    }
}
