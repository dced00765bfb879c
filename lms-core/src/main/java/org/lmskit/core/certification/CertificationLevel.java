package org.lmskit.core.certification;

/** Certification levels, lowest first. */
public enum CertificationLevel {
    NONE,
    BRONZE,
    SILVER,
    GOLD
}
