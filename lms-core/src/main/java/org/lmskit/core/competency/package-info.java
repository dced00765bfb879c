/**
 * Competency levels and gaps (seeds 000 "Mon emploi", "Acquisition des compétences", and 002
 * "bilan intermédiaire"): scales, competencies, profiles, jobs, positionings, acquisition policies,
 * gaps, team views, interim reviews.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.competency;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
