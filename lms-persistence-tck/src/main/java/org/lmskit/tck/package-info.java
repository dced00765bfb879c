/**
 * The contract every storage adapter passes. An adapter's test class extends one of these abstract
 * classes and implements {@link org.lmskit.tck.StorageContract#newStorage()}, returning empty storage.
 */
package org.lmskit.tck;
