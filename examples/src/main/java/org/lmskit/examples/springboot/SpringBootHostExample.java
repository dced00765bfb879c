package org.lmskit.examples.springboot;

import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Source;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot host: {@code lms-spring-boot-starter} on the class path, its own {@link Directory} as a bean, and an
 * {@link Lms} to inject. No DataSource here, so lmskit runs in memory; add one (spring.datasource.*) and the same
 * code runs on PostgreSQL. Run (after {@code mvn -B -ntp -q -pl examples -am install -DskipTests}): {@code mvn -B -ntp -q -pl examples exec:java
 * -Dexec.skip=false -Dexec.mainClass=org.lmskit.examples.springboot.SpringBootHostExample}.
 */
@SpringBootApplication
public class SpringBootHostExample {
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor MANON = Actor.of("manon", Role.MANAGER);
    static final UserId ROBERT = UserId.of("robert-redford");
    static final UserId ALICE = UserId.of("alice");

    /** The host's organisation chart: Manon manages Robert and Alice. The starter hands it to lmskit. */
    @Bean
    Directory organisationChart() {
        return new Directory() {
            @Override
            public Set<UserId> managersOf(UserId learner) {
                return Set.of(MANON.id());
            }

            @Override
            public Set<UserId> teamOf(UserId manager) {
                return manager.equals(MANON.id()) ? Set.of(ROBERT, ALICE) : Set.of();
            }

            @Override
            public String displayName(UserId user) {
                return user.equals(ROBERT) ? "Robert Redford" : user.equals(ALICE) ? "Alice Martin" : user.value();
            }
        };
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    static void run(PrintStream out, String... args) {
        SpringApplication application = new SpringApplication(SpringBootHostExample.class);
        application.setDefaultProperties(java.util.Map.of("spring.main.web-application-type", "none",
                "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = application.run(args)) {
            Lms lms = context.getBean(Lms.class);
            out.println("lmskit on " + lms.storageCapabilities().name() + " storage");

            JobId job = lms.competencies().catalogue().setUp(ADMIN)
                    .competency("CGCR-01", "Fiabiliser une carrière")
                    .competency("CGCR-02", "Produire une estimation fiable au client")
                    .profile("donnees", "Traiter et analyser les données", "CGCR-01", "CGCR-02")
                    .job("conseiller-carriere-retraite", "Conseiller Carrière Retraite")
                    .requires("CGCR-01", "3").requires("CGCR-02", "3")
                    .define().id();
            for (UserId learner : Set.of(ROBERT, ALICE)) {
                lms.competencies().positionings().assignJob(ADMIN, learner, job);
            }
            position(lms, ROBERT, "CGCR-01", "4");
            position(lms, ROBERT, "CGCR-02", "3");
            position(lms, ALICE, "CGCR-01", "3");

            out.println("Manon's team (from the host's Directory bean):");
            for (CompetencyViews.TeamRow row : lms.competencies().views().teamView(MANON, Optional.empty(),
                    CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always())) {
                out.println("  " + row.name() + ": " + row.summary().percent() + " %");
            }
        }
    }

    private static void position(Lms lms, UserId learner, String code, String level) {
        lms.competencies().positionings().positionAtLevel(MANON, learner, CompetencyCode.of(code), Source.MANAGER,
                LevelValue.of(level));
    }
}
