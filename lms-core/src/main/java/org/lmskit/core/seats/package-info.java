/**
 * Licence and slot sessions (seed 003): seats, waiting lists, natural and rhythmic rotation with hand-overs made
 * at once (a finished path, a freed slot) and the daily job as their safety net, expiry, inactive learners.
 * Entry point: {@link org.lmskit.core.seats.SeatsCapability} ({@code lms.seats()}).
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.seats;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
