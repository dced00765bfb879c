package org.lmskit.core.certification;

/** A grade as compared (rounded to two decimals) and the level it earns. */
public record GradingResult(Grade grade, CertificationLevel level) {
}
