/**
 * The embedded adapter: every store of the SPI held in memory, thread-safe, held to the same
 * contract suite as the PostgreSQL adapter. Start with {@link org.lmskit.inmemory.InMemoryStorage#create()}.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.inmemory;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
