/**
 * The contract every storage adapter passes. An adapter's test suite extends
 * {@link org.lmskit.tck.AdapterContract} and implements its {@code newStorage()}, returning empty storage: one
 * {@code @Nested} suite per store then runs against it. A single store's contract can also be run alone by
 * extending its abstract class ({@link org.lmskit.tck.StorageContract#newStorage()}).
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.tck;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
