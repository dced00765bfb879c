package org.lmskit.spring.boot;

import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import org.lmskit.core.Lms;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs seed 003's daily job on {@code lmskit.daily-rotation.cron}, for "today" in {@code lmskit.daily-rotation.zone}
 * on the library's clock, as the administrator {@code lmskit.daily-rotation.actor}. On its own thread, started and
 * stopped with the application. Several nodes may run it at once: the job is idempotent and each session a
 * compare-and-set.
 */
public final class DailyRotationScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DailyRotationScheduler.class);

    private final Lms lms;
    private final LmsProperties.DailyRotation settings;
    private final CronTrigger trigger;
    private final Actor actor;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> scheduled;

    public DailyRotationScheduler(Lms lms, LmsProperties.DailyRotation settings) {
        this.lms = lms;
        this.settings = settings;
        // an invalid expression or account fails the application's startup, naming the property
        try {
            this.actor = Actor.of(settings.getActor(), Role.ADMINISTRATOR);
        } catch (RuntimeException e) {
            throw new IllegalStateException("lmskit.daily-rotation.actor is not a user id: " + e.getMessage(), e);
        }
        try {
            this.trigger = new CronTrigger(settings.getCron(), settings.getZone());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lmskit.daily-rotation.cron is not a cron expression: " + e.getMessage(), e);
        }
    }

    /** One run, for today; what it throws is logged, and the next run comes at its time. */
    public void runOnce() {
        LocalDate today = LocalDate.now(lms.clock().withZone(settings.getZone()));
        try {
            lms.seats().rotation().runDailyRotation(actor, today);
        } catch (RuntimeException e) {
            LOG.error("the daily rotation for {} failed; it runs again at the next time of '{}'", today,
                    settings.getCron(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("lmskit-daily-rotation-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        scheduled = scheduler.schedule(this::runOnce, trigger);
        LOG.info("lmskit daily rotation scheduled on '{}' ({})", settings.getCron(), settings.getZone());
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduled.cancel(false);
        scheduler.shutdown();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
