package org.lmskit.core.competency;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts a team view's rows in {@link GapCalculator#order}'s order (by % acquired or not, then by name ignoring case,
 * then by id), comparing keys computed once per row. Comparing names with {@link String#CASE_INSENSITIVE_ORDER}
 * folds both names again on each of the ~130,000 comparisons a team of 10,000 needs; here each name is folded once
 * and the folded names are compared as plain strings, which is the same order: that comparator folds each char c to
 * {@code toLowerCase(toUpperCase(c))} and compares the folded chars, then the lengths. Names holding a surrogate are
 * compared by code point there, so a team with one is sorted with the comparator itself.
 */
final class TeamOrder {
    private TeamOrder() {
    }

    private record Keyed(CompetencyViews.TeamRow row, int percent, String folded, String id) {
    }

    private static final Comparator<Keyed> ASCENDING = (a, b) -> {
        int c = Integer.compare(a.percent, b.percent);
        if (c == 0) {
            c = a.folded.compareTo(b.folded);
        }
        return c != 0 ? c : a.id.compareTo(b.id);
    };

    static void sort(List<CompetencyViews.TeamRow> rows, CompetencyViews.TeamSort sort, boolean descending) {
        boolean byPercent = sort == CompetencyViews.TeamSort.PERCENT;
        Keyed[] keyed = new Keyed[rows.size()];
        for (int i = 0; i < keyed.length; i++) {
            CompetencyViews.TeamRow row = rows.get(i);
            String folded = fold(row.name());
            if (folded == null) {
                rows.sort(GapCalculator.order(sort, descending));
                return;
            }
            keyed[i] = new Keyed(row, byPercent ? row.summary().percent() : 0, folded, row.learner().value());
        }
        Arrays.sort(keyed, descending ? ASCENDING.reversed() : ASCENDING);
        for (int i = 0; i < keyed.length; i++) {
            rows.set(i, keyed[i].row);
        }
    }

    /** The name with each char folded as {@link String#CASE_INSENSITIVE_ORDER} folds it; null if it holds a surrogate. */
    static String fold(String name) {
        char[] chars = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            if (folded != c) {
                if (chars == null) {
                    chars = name.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? name : new String(chars);
    }
}
