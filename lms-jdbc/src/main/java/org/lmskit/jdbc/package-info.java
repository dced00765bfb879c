/**
 * The PostgreSQL adapter: every store of the SPI on plain JDBC, its schema shipped as Flyway
 * migrations, held to the same contract suite as the in-memory adapter. Start with
 * {@link org.lmskit.jdbc.JdbcStorage#builder()}.
 */
package org.lmskit.jdbc;
