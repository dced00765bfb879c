/**
 * Competency levels and gaps (seeds 000 "Mon emploi", "Acquisition des compétences", and 002
 * "bilan intermédiaire"): scales, competencies, profiles, jobs, positionings, acquisition policies,
 * gaps, team views, interim reviews.
 */
package org.lmskit.core.competency;
