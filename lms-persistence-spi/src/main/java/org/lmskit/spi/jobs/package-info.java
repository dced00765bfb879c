/**
 * Claims for work that must happen once per key however many nodes run it (the daily rotation,
 * overdue sweeps).
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.jobs;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
