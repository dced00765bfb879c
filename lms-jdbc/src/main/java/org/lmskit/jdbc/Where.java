package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.lmskit.spi.recruitment.NameKey;

/**
 * A conjunction built from optional criteria: each criterion given adds one clause and its bound
 * values, so user text only ever travels as parameters.
 */
final class Where {
    private final StringJoiner clauses = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code clause} with its values; collections are bound as text arrays. */
    Where and(String clause, Object... bound) {
        clauses.add(clause);
        values.addAll(List.of(bound));
        return this;
    }

    /** {@code column = ANY (?)} when {@code wanted} is not empty. */
    Where oneOf(String column, Collection<String> wanted) {
        return wanted.isEmpty() ? this : and(column + " = ANY (?)", wanted);
    }

    /** {@code array && ?}: the row's array holds one of {@code wanted}. */
    Where overlaps(String arrayColumn, Collection<String> wanted) {
        return wanted.isEmpty() ? this : and(arrayColumn + " && ?", wanted);
    }

    /**
     * The last or first name key contains the fragment's {@link NameKey}, computed in Java as the stored keys
     * were. A fragment of one or two characters is looked up in the name grams (exact, GIN-indexed); a longer
     * one is a {@code LIKE} the trigram indexes on both key columns serve. A fragment with nothing left once
     * normalised (only combining marks) is contained in every name.
     */
    Where nameContains(String alias, Optional<String> fragment) {
        if (fragment.isEmpty()) {
            return this;
        }
        String key = NameKey.of(fragment.get());
        int length = key.codePointCount(0, key.length());
        if (length == 0) {
            return this;
        }
        if (length <= NameGrams.LONGEST) {
            return and(alias + ".name_grams @> ARRAY[?]::text[]", key);
        }
        String pattern = likeInfix(key);
        return and("(" + alias + ".last_name_key LIKE ? ESCAPE '\\' OR " + alias + ".first_name_key LIKE ? ESCAPE '\\')",
                pattern, pattern);
    }

    /**
     * One element of two parallel arrays (themes and masteries, trainings and links) matches both sets;
     * an empty set does not filter its side.
     */
    Where pairs(String firstArray, String secondArray, Collection<String> firsts, Collection<String> seconds) {
        if (firsts.isEmpty() && seconds.isEmpty()) {
            return this;
        }
        StringJoiner inner = new StringJoiner(" AND ");
        List<Object> bound = new ArrayList<>();
        if (!firsts.isEmpty()) {
            inner.add("p.a = ANY (?)");
            bound.add(firsts);
        }
        if (!seconds.isEmpty()) {
            inner.add("p.b = ANY (?)");
            bound.add(seconds);
        }
        return and("EXISTS (SELECT 1 FROM unnest(" + firstArray + ", " + secondArray + ") AS p(a, b) WHERE "
                + inner + ")", bound.toArray());
    }

    String sql() {
        return clauses.toString();
    }

    /** Binds the values from index 1 and returns the next free index. */
    int bind(PreparedStatement s) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value instanceof Collection<?> texts) {
                s.setArray(index++, s.getConnection().createArrayOf("text", texts.toArray()));
            } else {
                Sql.bind(s, index++, value);
            }
        }
        return index;
    }

    private static String likeInfix(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
