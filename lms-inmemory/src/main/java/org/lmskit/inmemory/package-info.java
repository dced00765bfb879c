/**
 * The embedded adapter: every store of the SPI held in memory, thread-safe, held to the same
 * contract suite as the PostgreSQL adapter. Start with {@link org.lmskit.inmemory.InMemoryStorage#create()}.
 */
package org.lmskit.inmemory;
