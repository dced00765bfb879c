package org.lmskit.spi;

/** The order of a sorted read: ascending or descending. */
public enum SortDirection {
    ASCENDING,
    DESCENDING
}
