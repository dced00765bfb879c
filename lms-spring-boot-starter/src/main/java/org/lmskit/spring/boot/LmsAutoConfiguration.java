package org.lmskit.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AdaptiveSettings;
import org.lmskit.core.adaptive.ProgramQuizOutcomes;
import org.lmskit.core.certification.CertificationSettings;
import org.lmskit.core.certification.LessonViews;
import org.lmskit.core.competency.AcquisitionPolicy;
import org.lmskit.core.competency.TrainingCatalog;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.OutboxSettings;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.recruitment.RecruitmentSettings;
import org.lmskit.core.seats.WorkingDayCalendar;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.micrometer.MicrometerObserver;
import org.lmskit.spi.StorageProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * lmskit in a Spring Boot application. Every bean backs off when the application declares its own:
 * <ul>
 *   <li>{@link StorageProvider}: lms-jdbc on the application's {@link DataSource} when there is one (migrated on
 *       startup unless {@code lmskit.jdbc.migrate=false}), in memory otherwise ({@code lmskit.storage} forces
 *       either);</li>
 *   <li>{@link Lms}, built with the application's {@link Clock}, {@link Directory}, {@link Notifier},
 *       {@link EventPublisher}, {@link WorkingDayCalendar}, settings and policies when it has such beans, and
 *       every {@link LmsObserver} bean;</li>
 *   <li>{@link MicrometerObserver} on the application's {@link MeterRegistry} (lms-micrometer and Micrometer on
 *       the class path, {@code lmskit.metrics.enabled}, on by default);</li>
 *   <li>the daily job on {@code lmskit.daily-rotation.cron}, and the outbox relay with {@code
 *       lmskit.outbox.enabled};</li>
 *   <li>with the actuator: the {@code lmskit} health indicator and info contributor.</li>
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(LmsProperties.class)
public class LmsAutoConfiguration {
    private static final String JDBC_STORAGE = "org.lmskit.jdbc.JdbcStorage";

    /** The storage: see the class comment. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public StorageProvider lmsStorage(LmsProperties properties, ObjectProvider<DataSource> dataSources,
                                      ApplicationContext context) {
        boolean jdbcAvailable = ClassUtils.isPresent(JDBC_STORAGE, context.getClassLoader());
        DataSource dataSource = dataSources.getIfUnique();
        switch (properties.getStorage()) {
            case IN_MEMORY:
                return InMemoryStorage.create();
            case JDBC:
                if (!jdbcAvailable) {
                    throw new IllegalStateException("lmskit.storage=jdbc needs org.lmskit:lms-jdbc on the class path");
                }
                if (dataSource == null) {
                    throw new IllegalStateException("lmskit.storage=jdbc needs one DataSource bean (spring.datasource.*)");
                }
                return JdbcStorages.on(dataSource, properties.getJdbc().isMigrate());
            default:
                return jdbcAvailable && dataSource != null
                        ? JdbcStorages.on(dataSource, properties.getJdbc().isMigrate())
                        : InMemoryStorage.create();
        }
    }

    /** Remembers this node's last daily job, for the health indicator. */
    @Bean
    @ConditionalOnMissingBean
    public DailyRotationTracker lmsDailyRotationTracker(ObjectProvider<Clock> clock) {
        return new DailyRotationTracker(clock.getIfUnique(Clock::systemUTC));
    }

    /** The library, over the storage and whichever of the host's ports and settings exist as beans. */
    @Bean
    @ConditionalOnMissingBean
    public Lms lms(StorageProvider storage, LmsProperties properties, ObjectProvider<Clock> clock,
                   ObjectProvider<Directory> directory, ObjectProvider<Notifier> notifier,
                   ObjectProvider<EventPublisher> events, ObjectProvider<WorkingDayCalendar> workingDays,
                   ObjectProvider<CertificationSettings> certification, ObjectProvider<RecruitmentSettings> recruitment,
                   ObjectProvider<AdaptiveSettings> adaptive, ObjectProvider<AcquisitionPolicy> acquisition,
                   ObjectProvider<TrainingCatalog> trainings, ObjectProvider<LessonViews> lessonViews,
                   ObjectProvider<ProgramQuizOutcomes> quizOutcomes, ObjectProvider<LmsObserver> observers) {
        Lms.Builder builder = Lms.builder().storage(storage);
        clock.ifUnique(builder::clock);
        directory.ifUnique(builder::directory);
        notifier.ifUnique(builder::notifier);
        events.ifUnique(builder::eventPublisher);
        workingDays.ifUnique(builder::workingDays);
        certification.ifUnique(builder::certificationSettings);
        recruitment.ifUnique(builder::recruitmentSettings);
        adaptive.ifUnique(builder::adaptiveSettings);
        acquisition.ifUnique(builder::acquisitionPolicy);
        trainings.ifUnique(builder::trainingCatalog);
        lessonViews.ifUnique(builder::lessonViews);
        quizOutcomes.ifUnique(builder::programQuizOutcomes);
        List<LmsObserver> listening = new ArrayList<>();
        observers.orderedStream().forEach(listening::add);
        builder.observer(CompositeObserver.of(listening));
        if (properties.getOutbox().isEnabled()) {
            OutboxSettings settings = OutboxSettings.ofDefaults();
            String node = properties.getOutbox().getNode();
            builder.outbox(node == null || node.isBlank() ? settings : settings.withNode(node));
        }
        return builder.build();
    }

    /** Runs the daily job on {@code lmskit.daily-rotation.cron}. */
    @Bean
    @ConditionalOnProperty(prefix = "lmskit.daily-rotation", name = "cron")
    @ConditionalOnMissingBean
    public DailyRotationScheduler lmsDailyRotationScheduler(Lms lms, LmsProperties properties) {
        return new DailyRotationScheduler(lms, properties.getDailyRotation());
    }

    /** Delivers the outbox's events from its own thread while the application runs. */
    @Bean
    @ConditionalOnProperty(prefix = "lmskit.outbox", name = "enabled", havingValue = "true")
    @ConditionalOnMissingBean
    public EventRelayLifecycle lmsEventRelay(Lms lms) {
        return new EventRelayLifecycle(lms);
    }

    /** lmskit's meters in the application's registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry", "org.lmskit.micrometer.MicrometerObserver"})
    @ConditionalOnProperty(prefix = "lmskit.metrics", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean(MicrometerObserver.class)
        LmsObserver lmsMicrometerObserver(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfUnique();
            return meters == null ? LmsObserver.NONE : MicrometerObserver.bindTo(meters);
        }
    }

    /** The actuator's view of lmskit. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "lmskitHealthIndicator")
        LmsHealthIndicator lmskitHealthIndicator(Lms lms, StorageProvider storage, DailyRotationTracker tracker) {
            return new LmsHealthIndicator(lms, storage, tracker);
        }
    }

    /** lmskit's version and storage under {@code /actuator/info}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
    static class Info {
        @Bean
        @ConditionalOnMissingBean(name = "lmskitInfoContributor")
        LmsInfoContributor lmskitInfoContributor(Lms lms) {
            return new LmsInfoContributor(lms);
        }
    }

    /** Kept apart so that lms-jdbc's classes are loaded only when it is on the class path. */
    static final class JdbcStorages {
        private JdbcStorages() {
        }

        static StorageProvider on(DataSource dataSource, boolean migrate) {
            return org.lmskit.jdbc.JdbcStorage.builder().dataSource(dataSource).migrate(migrate).build();
        }
    }
}
