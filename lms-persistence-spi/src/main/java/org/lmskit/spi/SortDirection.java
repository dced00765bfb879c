package org.lmskit.spi;

public enum SortDirection {
    ASCENDING,
    DESCENDING
}
