/**
 * The PostgreSQL adapter: every store of the SPI on plain JDBC, its schema shipped as Flyway
 * migrations, held to the same contract suite as the in-memory adapter. Start with
 * {@link org.lmskit.jdbc.JdbcStorage#builder()}.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.jdbc;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
