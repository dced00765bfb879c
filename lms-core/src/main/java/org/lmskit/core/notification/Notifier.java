package org.lmskit.core.notification;

/** Delivers notifications; called after the change that caused them has committed. */
@FunctionalInterface
public interface Notifier {

    void send(Notification notification);

    static Notifier noop() {
        return notification -> {
        };
    }
}
