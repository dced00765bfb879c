package org.lmskit.examples.sneaky;

/** Uses a type of {@code org.lmskit.core.internal}, which lms-core does not export. */
public final class Sneaky {
    private Sneaky() {
    }

    public static Class<?> plumbing() {
        return org.lmskit.core.internal.Checks.class;
    }
}
