/**
 * Stored state of the competency capability: the catalogue (scales, competencies, profiles, jobs),
 * learners' target jobs, the append-only positionings, interim reviews.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.competency;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
