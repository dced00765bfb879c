package org.lmskit.core.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.lmskit.core.id.UserId;

/** The authenticated user on whose behalf the library acts, with the roles the host grants them. */
public record Actor(UserId id, Set<Role> roles) {
    public Actor {
        Objects.requireNonNull(id, "id");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The user {@code id} acting with {@code roles}, as the host resolved them from its login. */
    public static Actor of(String id, Role... roles) {
        return new Actor(UserId.of(id), Set.of(roles));
    }

    /** Whether the actor acts with {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
