package org.lmskit.spi;

/**
 * Which slice of an ordered result to return.
 *
 * @param offset rows to skip, 0 or more
 * @param limit rows to return, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        checkLimit(limit);
    }

    /** {@code limit} if it is 1 to {@link #MAX_LIMIT}; else {@link IllegalArgumentException}. */
    public static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
