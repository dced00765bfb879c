package org.lmskit.core.policy;

import java.util.Objects;

/** What a policy answers: {@link Allowed}, or {@link Rejected} naming the rule, the field and why. */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    /** The rule allows it. */
    static Decision allowed() {
        return Allowed.INSTANCE;
    }

    /** The rule {@code rule} refuses it, about {@code field} (null when none), because of {@code reason}. */
    static Decision rejected(String rule, String field, String reason) {
        return new Rejected(rule, field, reason);
    }

    /** Whether the rule allowed it. */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /**
     * Returns this decision when it is {@link Rejected} and {@code other} otherwise: checks in order, first refusal
     * wins.
     */
    default Decision and(java.util.function.Supplier<Decision> other) {
        return isAllowed() ? other.get() : this;
    }

    /** Allowed. */
    enum Allowed implements Decision {
        INSTANCE
    }

    /** Refused by a named rule, about a field, with why. */
    record Rejected(String rule, String field, String reason) implements Decision {
        public Rejected {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
