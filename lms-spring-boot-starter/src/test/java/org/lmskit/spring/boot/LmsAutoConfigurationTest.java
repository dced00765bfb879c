package org.lmskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.observation.OperationSample;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.micrometer.MicrometerObserver;
import org.lmskit.spi.StorageProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every condition of {@link LmsAutoConfiguration}, both ways. */
class LmsAutoConfigurationTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final PathId PATH = PathId.of("sourcing-expert");
    private static final GradingTable TABLE = GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"),
            new BigDecimal("13"));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LmsAutoConfiguration.class));

    @Test
    void without_a_data_source_lms_runs_in_memory_with_nothing_scheduled() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Lms.class).hasSingleBean(StorageProvider.class)
                    .doesNotHaveBean(DailyRotationScheduler.class).doesNotHaveBean(EventRelayLifecycle.class);
            Lms lms = context.getBean(Lms.class);
            assertThat(lms.storageCapabilities().name()).isEqualTo("in-memory");
            assertThat(lms.events().relay()).isEmpty();
        });
    }

    @Test
    void the_hosts_storage_and_lms_beans_win() {
        InMemoryStorage own = InMemoryStorage.create();
        runner.withBean(StorageProvider.class, () -> own).run(context -> {
            assertThat(context.getBean(StorageProvider.class)).isSameAs(own);
            assertThat(context).hasSingleBean(StorageProvider.class);
        });
        Lms ownLms = Lms.builder().storage(InMemoryStorage.create()).build();
        runner.withBean(Lms.class, () -> ownLms).run(context ->
                assertThat(context.getBean(Lms.class)).isSameAs(ownLms));
    }

    @Test
    void the_hosts_clock_and_directory_are_used() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
        List<UserId> asked = new ArrayList<>();
        Directory directory = new Directory() {
            @Override
            public Set<UserId> managersOf(UserId learner) {
                return Set.of();
            }

            @Override
            public Set<UserId> teamOf(UserId manager) {
                asked.add(manager);
                return Set.of();
            }
        };
        runner.withBean(Clock.class, () -> fixed).withBean(Directory.class, () -> directory).run(context -> {
            Lms lms = context.getBean(Lms.class);
            assertThat(lms.clock()).isSameAs(fixed);
            lms.competencies().views().teamView(Actor.of("maude", Role.MANAGER), Optional.empty(),
                    CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always());
            assertThat(asked).containsExactly(UserId.of("maude"));
        });
    }

    @Test
    void a_data_source_without_lms_jdbc_on_the_class_path_leaves_lms_in_memory() {
        runner.withBean(DataSource.class, UnusedDataSource::new)
                .withClassLoader(new FilteredClassLoader(JdbcStorage.class))
                .run(context -> assertThat(context.getBean(Lms.class).storageCapabilities().name()).isEqualTo("in-memory"));
    }

    @Test
    void storage_in_memory_ignores_the_data_source_and_storage_jdbc_needs_one() {
        runner.withBean(DataSource.class, UnusedDataSource::new).withPropertyValues("lmskit.storage=in-memory")
                .run(context -> assertThat(context.getBean(Lms.class).storageCapabilities().name()).isEqualTo("in-memory"));
        runner.withPropertyValues("lmskit.storage=jdbc").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("lmskit.storage=jdbc needs one DataSource bean"));
        runner.withPropertyValues("lmskit.storage=jdbc").withClassLoader(new FilteredClassLoader(JdbcStorage.class))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("needs org.lmskit:lms-jdbc"));
    }

    @Test
    void with_a_meter_registry_lmskit_records_its_operations_unless_told_not_to() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(MicrometerObserver.class);
            context.getBean(Lms.class).certification().grading().defineGradingTable(ADMIN, PATH, TABLE, 0);
            assertThat(context.getBean(MeterRegistry.class).find("lmskit.operation")
                    .tag("operation", "CertificationService.defineGradingTable").timer().count()).isEqualTo(1);
        });
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("lmskit.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MicrometerObserver.class));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withClassLoader(new FilteredClassLoader(MicrometerObserver.class))
                .run(context -> assertThat(context).doesNotHaveBean("lmsMicrometerObserver"));
        runner.run(context -> assertThat(context.getBean("lmsMicrometerObserver")).isSameAs(LmsObserver.NONE));
    }

    @Test
    void every_observer_bean_hears_the_library() {
        List<OperationSample> heard = new ArrayList<>();
        runner.withBean("hostObserver", LmsObserver.class, () -> new LmsObserver() {
            @Override
            public void operation(OperationSample sample) {
                heard.add(sample);
            }
        }).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            context.getBean(Lms.class).certification().grading().defineGradingTable(ADMIN, PATH, TABLE, 0);
            assertThat(heard).extracting(OperationSample::operation).containsExactly("CertificationService.defineGradingTable");
            assertThat(context.getBean(MeterRegistry.class).find("lmskit.operation").timers()).hasSize(1);
        });
    }

    @Test
    void the_daily_job_runs_on_its_cron_and_the_health_shows_its_last_run() {
        runner.withPropertyValues("lmskit.daily-rotation.cron=* * * * * *", "lmskit.daily-rotation.zone=Europe/Paris")
                .run(context -> {
                    assertThat(context).hasSingleBean(DailyRotationScheduler.class);
                    DailyRotationTracker tracker = context.getBean(DailyRotationTracker.class);
                    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    while (tracker.last().isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(tracker.last()).isPresent();
                    assertThat(context.getBean(LmsHealthIndicator.class).health(true).getDetails())
                            .containsKey("lastDailyRotation");
                });
        runner.withPropertyValues("lmskit.daily-rotation.cron=0 5 0 * * *", "lmskit.daily-rotation.actor=")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("lmskit.daily-rotation.actor is not a user id"));
        runner.withPropertyValues("lmskit.daily-rotation.cron=every day at noon").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("lmskit.daily-rotation.cron is not a cron expression"));
    }

    @Test
    void the_outbox_relay_runs_with_the_application_when_enabled() {
        runner.withPropertyValues("lmskit.outbox.enabled=true", "lmskit.outbox.node=node-a").run(context -> {
            assertThat(context).hasSingleBean(EventRelayLifecycle.class);
            Lms lms = context.getBean(Lms.class);
            assertThat(lms.events().relay()).isPresent();
            assertThat(lms.events().relay().orElseThrow().settings().node()).isEqualTo("node-a");
            assertThat(context.getBean(EventRelayLifecycle.class).isRunning()).isTrue();
        });
    }

    @Test
    void the_actuator_gets_a_health_indicator_and_an_info_contributor_when_present() {
        runner.run(context -> {
            HealthIndicator health = context.getBean("lmskitHealthIndicator", HealthIndicator.class);
            assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
            assertThat(health.health(true).getDetails()).containsEntry("storage", "in-memory")
                    .containsEntry("lastDailyRotation", "none on this node since it started");
            Info.Builder info = new Info.Builder();
            context.getBean(LmsInfoContributor.class).contribute(info);
            assertThat(info.build().getDetails()).containsKey("lmskit");
            assertThat(LmsInfoContributor.version()).isEqualTo("0.1.0-SNAPSHOT");
        });
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, InfoContributor.class))
                .run(context -> assertThat(context).doesNotHaveBean("lmskitHealthIndicator")
                        .doesNotHaveBean("lmskitInfoContributor").hasSingleBean(Lms.class));
    }

    /** A DataSource the configuration must not touch. */
    private static final class UnusedDataSource implements DataSource {
        @Override
        public Connection getConnection() {
            throw new AssertionError("the data source must not be used");
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new AssertionError("the data source must not be used");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new AssertionError("the data source must not be used");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
