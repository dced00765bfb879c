/**
 * The transactional outbox: the events of a write, recorded in the write's own transaction, then claimed, delivered
 * and marked by relays on any number of nodes sharing the storage.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package org.lmskit.spi.outbox;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
