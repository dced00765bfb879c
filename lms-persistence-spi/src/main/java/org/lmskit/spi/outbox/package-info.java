/**
 * The transactional outbox: the events of a write, recorded in the write's own transaction, then claimed, delivered
 * and marked by relays on any number of nodes sharing the storage.
 */
package org.lmskit.spi.outbox;
