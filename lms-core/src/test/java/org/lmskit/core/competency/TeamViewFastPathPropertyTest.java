package org.lmskit.core.competency;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.competency.NewPositioningRecord;

/**
 * The team view's fast paths (the store's latest positionings for the latest-wins rules, one pass over stored
 * records for the others) give every learner the summary of the plain rule: the job view, which decides each
 * competency from the learner's converted positionings. Random histories with ties at one instant, every source,
 * "not applicable" levels, learners without positionings or without a job, two jobs whose lines differ, and random
 * Du / Au windows; every
 * shipped policy; both adapters.
 */
class TeamViewFastPathPropertyTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    private static final String[] CODES = {"C-1", "C-2", "C-3", "C-4", "C-5"};
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<AcquisitionPolicy> POLICIES = List.of(AcquisitionPolicy.latestValidating(),
            AcquisitionPolicy.latestCountingSelf(), AcquisitionPolicy.highest(),
            AcquisitionPolicy.sourcePrecedence(List.of(Source.EVALUATION, Source.MANAGER, Source.OBSERVATION)));

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void every_learner_of_the_team_view_has_the_summary_of_the_plain_rule(Storages kind) throws Exception {
        try (StorageProvider storage = kind.fresh()) {
            Set<UserId> team = new HashSet<>();
            Lms lms = Lms.builder().storage(storage).clock(Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC))
                    .directory(new Directory() {
                        @Override
                        public Set<UserId> managersOf(UserId learner) {
                            return Set.of(MANAGER.id());
                        }

                        @Override
                        public Set<UserId> teamOf(UserId manager) {
                            return Set.copyOf(team);
                        }
                    }).build();
            lms.competencies().catalogue().setUp(ADMIN)
                    .competency(CODES[0], "Fiabiliser une carrière").competency(CODES[1], "Produire une estimation")
                    .competency(CODES[2], "Réaliser une levée de doute").competency(CODES[3], "Piloter")
                    .competency(CODES[4], "Accueillir")
                    .profile("donnees", "Traiter et analyser les données", CODES[0], CODES[1], CODES[2])
                    .profile("relation", "Gérer la relation client", CODES[3], CODES[4])
                    // two competencies the job lists twice: each counts in both profiles
                    .profile("partage", "Compétences partagées", CODES[4], CODES[1])
                    .job("ccr", "Conseiller Carrière Retraite").requires(CODES[0], "3").requires(CODES[1], "2")
                    .requires(CODES[2], "4").requires(CODES[3], null).requires(CODES[4], "5").define();
            // a second job, its profiles the other way round and its own levels: the team mixes both, so one
            // learner's lines are not the next one's
            lms.competencies().catalogue().defineJob(ADMIN, new Catalogue.Job(JobId.of("ccr-2"), "Autre métier",
                    List.of(org.lmskit.core.id.ProfileId.of("partage"), org.lmskit.core.id.ProfileId.of("relation")),
                    Map.of(org.lmskit.core.id.CompetencyCode.of(CODES[4]), LevelValue.of("2"),
                            org.lmskit.core.id.CompetencyCode.of(CODES[1]), LevelValue.of("4"),
                            org.lmskit.core.id.CompetencyCode.of(CODES[3]), LevelValue.of("1")), 0));
            AtomicInteger run = new AtomicInteger();
            qt().withExamples(kind == Storages.IN_MEMORY ? 150 : 40).withShrinkCycles(0).forAll(longs().all())
                    .checkAssert(seed -> {
                        Random random = new Random(seed);
                        team.clear();
                        String prefix = "r" + run.incrementAndGet() + "-";
                        for (int l = 0; l < 5; l++) {
                            UserId learner = UserId.of(prefix + l);
                            team.add(learner);
                            if (l == 4) {
                                continue; // no job: a row without a summary
                            }
                            lms.competencies().positionings().assignJob(ADMIN, learner,
                                    JobId.of(random.nextBoolean() ? "ccr" : "ccr-2"));
                            int count = l == 3 ? 0 : random.nextInt(25);
                            for (int p = 0; p < count; p++) {
                                Source source = Source.values()[random.nextInt(Source.values().length)];
                                Optional<String> level = random.nextInt(8) == 0 ? Optional.empty()
                                        : Optional.of(String.valueOf(1 + random.nextInt(5)));
                                // few instants, so that several positionings of one competency often share one
                                storage.positionings().append(new NewPositioningRecord(learner.value(),
                                        CODES[random.nextInt(CODES.length)], level, source.name(),
                                        random.nextBoolean() ? "manon" : "theo", T0.plusSeconds(60L * random.nextInt(6)),
                                        Optional.empty(), Optional.empty()));
                            }
                        }
                        int a = random.nextInt(8);
                        int b = random.nextInt(8);
                        CompetencyViews.Period period = new CompetencyViews.Period(
                                random.nextBoolean() ? Optional.empty() : Optional.of(T0.plusSeconds(60L * Math.min(a, b))),
                                random.nextBoolean() ? Optional.empty() : Optional.of(T0.plusSeconds(60L * Math.max(a, b))));
                        for (AcquisitionPolicy policy : POLICIES) {
                            GapViews views = lms.competencies().views().deciding(policy);
                            Map<UserId, CompetencyViews.Summary> fast = new HashMap<>();
                            for (CompetencyViews.TeamRow row : views.teamView(MANAGER, Optional.empty(),
                                    CompetencyViews.TeamSort.NAME, false, period)) {
                                fast.put(row.learner(), row.summary());
                            }
                            List<UserId> withJob = new ArrayList<>(team);
                            withJob.remove(UserId.of(prefix + 4));
                            org.assertj.core.api.Assertions.assertThat(fast).hasSize(5);
                            org.assertj.core.api.Assertions.assertThat(fast.get(UserId.of(prefix + 4)))
                                    .isEqualTo(new CompetencyViews.Summary(0, 0, 0, 0));
                            for (UserId learner : withJob) {
                                org.assertj.core.api.Assertions.assertThat(fast.get(learner))
                                        .as("%s under %s in %s", learner, policy, period)
                                        .isEqualTo(views.jobView(MANAGER, learner, period).summary());
                            }
                        }
                    });
        }
    }
}
