/**
 * The contract every storage adapter passes. An adapter's test suite extends
 * {@link org.lmskit.tck.AdapterContract} and implements its {@code newStorage()}, returning empty storage: one
 * {@code @Nested} suite per store then runs against it. A single store's contract can also be run alone by
 * extending its abstract class ({@link org.lmskit.tck.StorageContract#newStorage()}).
 */
package org.lmskit.tck;
