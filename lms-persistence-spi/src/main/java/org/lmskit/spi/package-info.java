/**
 * Storage ports of lmskit and the stored-state records they take and return.
 *
 * <p>This module depends on the JDK only and holds no business rules. Conventions every adapter
 * honours (see {@code docs/spi.md}): one store per aggregate; a mutable record carries a
 * {@code version} and a write that names a stale version fails with {@link StaleVersionException};
 * queries are criteria objects with paging and sorting an SQL adapter pushes down; several writes
 * made inside {@link Transactions#inTransaction} commit or roll back together.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
