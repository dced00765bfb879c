/**
 * Stored state of the recruitment capability (seed 004, SAR): candidates of the pool and the
 * companies' follow-up cards, with the criteria objects an adapter pushes into its queries.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.recruitment;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
