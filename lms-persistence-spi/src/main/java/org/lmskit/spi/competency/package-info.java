/**
 * Stored state of the competency capability: the catalogue (scales, competencies, profiles, jobs),
 * learners' target jobs, the append-only positionings, interim reviews.
 */
package org.lmskit.spi.competency;
