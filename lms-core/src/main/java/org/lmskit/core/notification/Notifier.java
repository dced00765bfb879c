package org.lmskit.core.notification;

/** Delivers notifications; called after the change that caused them has committed. */
@FunctionalInterface
public interface Notifier {

    /** Sends a notification (an e-mail, say) after the change that caused it committed. */
    void send(Notification notification);

    /** Sends nothing. */
    static Notifier noop() {
        return notification -> {
        };
    }
}
