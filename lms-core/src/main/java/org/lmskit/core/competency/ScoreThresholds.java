package org.lmskit.core.competency;

import org.lmskit.core.domain.Decimals;
import org.lmskit.core.domain.Texts;
import java.math.BigDecimal;
import java.util.List;
import org.lmskit.core.error.InvalidInputException;

/**
 * Turns an evaluation or observation score (0-100 %) into a level: the level of the highest
 * threshold at or below the score. Validated against the scale: the first threshold is 0, scores
 * strictly increase within [0, 100], levels never go down (the table is monotone).
 */
public record ScoreThresholds(List<Threshold> thresholds) {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Scores and thresholds are percentages with at most two decimals. */
    public static final int DECIMALS = 2;

    /** From {@code minScore} (a percentage) on, a score gives the level {@code levelCode}. */
    public record Threshold(BigDecimal minScore, String levelCode) {
    }

    public ScoreThresholds {
        thresholds = List.copyOf(thresholds == null ? List.of() : thresholds);
    }

    /** Equal steps over the scale: with five levels, 0 -> 1, 20 -> 2, 40 -> 3, 60 -> 4, 80 -> 5. */
    public static ScoreThresholds evenlyOver(Scale scale) {
        int n = scale.levels().size();
        return new ScoreThresholds(java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Threshold(BigDecimal.valueOf(100L * i).divide(BigDecimal.valueOf(n), 2,
                        java.math.RoundingMode.HALF_UP), scale.levels().get(i).code()))
                .toList());
    }

    /**
     * Refuses, naming the threshold, a table that is empty, does not start at 0, does not rise strictly, names a level
     * not on {@code scale} or gives a lower level to a higher score.
     */
    public void check(Scale scale) {
        if (thresholds.isEmpty()) {
            throw InvalidInputException.of("thresholds", "at least one threshold, from 0");
        }
        if (thresholds.size() > Scale.MAX_LEVELS) {
            throw InvalidInputException.of("thresholds", "at most one threshold per level");
        }
        if (thresholds.get(0).minScore() == null || thresholds.get(0).minScore().signum() != 0) {
            throw InvalidInputException.of("thresholds[0].minScore", "must be 0 so that every score has a level");
        }
        int previousRank = 0;
        BigDecimal previousScore = null;
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold t = thresholds.get(i);
            String field = "thresholds[" + i + "]";
            Decimals.check(field + ".minScore", t.minScore(), BigDecimal.ZERO, HUNDRED, DECIMALS);
            if (previousScore != null && t.minScore().compareTo(previousScore) <= 0) {
                throw InvalidInputException.of(field + ".minScore", "must be above the previous threshold");
            }
            int rank = scale.rank(t.levelCode()).orElseThrow(() -> InvalidInputException.of(field + ".levelCode",
                    Texts.quote(t.levelCode()) + " is not a level of scale " + scale.id()));
            if (rank < previousRank) {
                throw InvalidInputException.of(field + ".levelCode", "a higher score cannot give a lower level");
            }
            previousRank = rank;
            previousScore = t.minScore();
        }
    }

    /** The level of the highest threshold {@code score} reaches (seed 000: an evaluation's score gives a level). */
    public String levelFor(BigDecimal score) {
        String level = thresholds.get(0).levelCode();
        for (Threshold t : thresholds) {
            if (score.compareTo(t.minScore()) >= 0) {
                level = t.levelCode();
            }
        }
        return level;
    }
}
