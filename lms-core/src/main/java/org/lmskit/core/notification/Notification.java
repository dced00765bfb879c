package org.lmskit.core.notification;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lmskit.core.id.UserId;

/**
 * A message to deliver: who receives it, which template the host renders, and the template's
 * parameters. The library never renders text itself.
 */
public record Notification(Set<UserId> recipients, String template, Map<String, String> parameters) {
    public Notification {
        recipients = Set.copyOf(recipients);
        Objects.requireNonNull(template, "template");
        parameters = Map.copyOf(parameters);
    }
}
