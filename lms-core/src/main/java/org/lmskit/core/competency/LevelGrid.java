package org.lmskit.core.competency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;

/**
 * Learners' acquired and required ranks on a list of competencies, read in a fixed number of store calls
 * for other capabilities (adaptive courses decide auto-completion from it). Ranks are 1-based positions on
 * each competency's scale; 0 means nothing acquired (or "not applicable") and, for required, that the
 * learner's job does not require the competency. Immutable.
 */
public final class LevelGrid {
    private static final int[] NONE = new int[0];

    private final List<CompetencyCode> codes;
    private final List<Scale> scales;
    private final Map<String, Row> rows;

    LevelGrid(List<CompetencyCode> codes, List<Scale> scales, Map<String, Row> rows) {
        this.codes = List.copyOf(codes);
        this.scales = List.copyOf(scales);
        this.rows = new HashMap<>(rows);
    }

    /** The competencies of the grid, in column order. */
    public List<CompetencyCode> codes() {
        return codes;
    }

    /** The rank of {@code level} on the scale of the competency at {@code index}; 0 when not on it. */
    public int rankOf(int index, LevelValue level) {
        return level.code().map(scales.get(index)::rankOf).orElse(0);
    }

    /** The learner's ranks; a learner with no job and no positioning has only zeros. */
    public Row row(UserId learner) {
        Row row = rows.get(learner.value());
        return row == null ? new Row(new int[codes.size()], new int[codes.size()]) : row;
    }

    /** One learner's ranks, index-aligned with {@link #codes()}. */
    public static final class Row {
        private final int[] acquired;
        private final int[] required;

        Row(int[] acquired, int[] required) {
            this.acquired = acquired.length == 0 ? NONE : acquired;
            this.required = required;
        }

        void setAcquired(int index, int rank) {
            acquired[index] = rank;
        }

        /** The rank of the level acquired on the competency at {@code index}; 0 when none is. */
        public int acquired(int index) {
            return acquired[index];
        }

        /** The rank the learner's job requires on the competency at {@code index}; 0 when it requires none. */
        public int required(int index) {
            return required[index];
        }
    }
}
