package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;

/**
 * Seed 003's workshop progress on both adapters: a learner's steps give the table's percentage, and only a
 * workshop at 100 % counts toward the case study.
 */
class WorkshopProgressTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    private static final Actor ALICE = Actor.of("alice", Role.LEARNER);
    private static final Actor BOB = Actor.of("bob", Role.LEARNER);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    private static final WorkshopId FIRST = WorkshopId.of("atelier-1");
    private static final Map<QuestionId, String> ANSWER = Map.of(QuestionId.of("cs-q1"), "Mon annonce");

    private record World(Lms lms, StorageProvider storage, List<LmsEvent> events) implements AutoCloseable {
        AchievementService achievements() {
            return lms.certification().achievements();
        }

        @Override
        public void close() throws Exception {
            storage.close();
        }
    }

    private static World world(Storages kind) {
        StorageProvider storage = kind.fresh();
        List<LmsEvent> events = new ArrayList<>();
        Lms lms = Lms.builder().storage(storage).eventPublisher(events::add)
                .clock(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC))
                .directory(learner -> learner.equals(ALICE.id()) ? Set.of(MANAGER.id()) : Set.of()).build();
        lms.certification().grading().definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        RecrutementEtSourcing.THEMES.forEach(theme -> lms.certification().achievements()
                .awardBadge(TUTOR, ALICE.id(), PATH, theme));
        return new World(lms, storage, events);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void each_step_the_learner_takes_raises_the_workshop_to_the_seed_percentage(Storages kind) throws Exception {
        try (World w = world(kind)) {
            int[] expected = {10, 20, 30, 60, 90, 100};
            for (WorkshopStep step : WorkshopStep.values()) {
                w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, FIRST, step);

                WorkshopProgress progress = w.achievements().workshopProgress(ALICE, ALICE.id(), PATH, FIRST);
                assertThat(progress.percent()).as("after %s", step).isEqualTo(expected[step.ordinal()]);
                assertThat(progress.complete()).as("after %s", step).isEqualTo(step == WorkshopStep.CONCLUSION_VIDEO_WATCHED);
            }
            assertThat(w.events()).filteredOn(CertificationEvent.WorkshopProgressed.class::isInstance)
                    .extracting(e -> ((CertificationEvent.WorkshopProgressed) e).percent())
                    .containsExactly(10, 20, 30, 60, 90, 100);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void only_workshops_at_100_percent_open_the_case_study(Storages kind) throws Exception {
        try (World w = world(kind)) {
            w.achievements().recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-1"));
            w.achievements().recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-2"));
            for (WorkshopStep step : List.of(WorkshopStep.values()).subList(0, 5)) {
                w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, WorkshopId.of("atelier-3"), step);
            }

            Eligibility at90 = w.achievements().eligibility(ALICE, ALICE.id(), PATH);
            assertThat(at90.eligible()).isFalse();
            assertThat(at90.workshops()).extracting(WorkshopProgress::percent).containsExactly(100, 100, 90);
            assertThat(w.achievements().eligibility(ADMIN, PATH, List.of(ALICE.id())).get(0).workshopsDone())
                    .isEqualTo(2);
            assertThatThrownBy(() -> w.lms().certification().caseStudies().saveAnswers(ALICE, PATH, ANSWER))
                    .isInstanceOf(RuleRefusedException.class).hasMessageContaining("2 of 3 at 100 %");

            w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, WorkshopId.of("atelier-3"),
                    WorkshopStep.CONCLUSION_VIDEO_WATCHED);

            assertThat(w.achievements().eligibility(ALICE, ALICE.id(), PATH).eligible()).isTrue();
            assertThat(w.achievements().eligibility(ADMIN, PATH, List.of(ALICE.id())).get(0).eligible()).isTrue();
            assertThat(w.lms().certification().caseStudies().saveAnswers(ALICE, PATH, ANSWER).status())
                    .isEqualTo(CaseStudyStatus.IN_PROGRESS);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_step_is_recorded_once_and_audited_with_the_percentage_it_brings(Storages kind) throws Exception {
        try (World w = world(kind)) {
            w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, FIRST, WorkshopStep.INTRODUCTION_VIDEO_WATCHED);
            long version = w.achievements().achievements(ALICE, ALICE.id(), PATH).version();
            w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, FIRST, WorkshopStep.INTRODUCTION_VIDEO_WATCHED);
            w.achievements().recordWorkshopStep(TUTOR, ALICE.id(), PATH, FIRST,
                    WorkshopStep.INTRODUCTION_QUESTION_ANSWERED);

            assertThat(w.achievements().achievements(ALICE, ALICE.id(), PATH).version()).isEqualTo(version + 1);
            var entries = w.storage().auditTrail().find(AuditQuery.byRecord("achievement", "alice/" + PATH)).items()
                    .stream().filter(e -> e.action().equals("workshop-progressed")).toList();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1).actorId()).isEqualTo("tutor");
            assertThat(entries.get(1).changes()).containsExactly(
                    new FieldChange("workshops.atelier-1.steps", null, "INTRODUCTION_QUESTION_ANSWERED"),
                    new FieldChange("workshops.atelier-1.percent", "10", "20"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_learner_starts_at_most_a_thousand_workshops_on_a_path_and_the_refusal_stores_nothing(Storages kind)
            throws Exception {
        try (World w = world(kind)) {
            w.storage().achievements().update(new org.lmskit.spi.certification.AchievementRecord("alice", PATH.value(),
                    w.achievements().achievements(ALICE, ALICE.id(), PATH).badges().stream().map(t -> t.value())
                            .collect(java.util.stream.Collectors.toSet()),
                    java.util.stream.IntStream.range(0, AchievementService.MAX_WORKSHOPS - 1).boxed().collect(
                            java.util.stream.Collectors.toMap(i -> "w" + i, i -> Set.of("MAIN_VIDEO_WATCHED"))),
                    w.achievements().achievements(ALICE, ALICE.id(), PATH).version()));
            long version = w.achievements().achievements(ALICE, ALICE.id(), PATH).version();

            // the thousandth is accepted, the thousand-and-first refused
            w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, WorkshopId.of("w999"),
                    WorkshopStep.INTRODUCTION_VIDEO_WATCHED);
            assertThatThrownBy(() -> w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH,
                    WorkshopId.of("w1000"), WorkshopStep.INTRODUCTION_VIDEO_WATCHED))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("1000 workshops");
            assertThat(w.achievements().achievements(ALICE, ALICE.id(), PATH).workshopSteps())
                    .hasSize(AchievementService.MAX_WORKSHOPS).doesNotContainKey(WorkshopId.of("w1000"));
            assertThat(w.achievements().achievements(ALICE, ALICE.id(), PATH).version()).isEqualTo(version + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void only_the_learner_and_the_staff_record_steps(Storages kind) throws Exception {
        try (World w = world(kind)) {
            for (Actor other : List.of(BOB, MANAGER)) {
                assertThatThrownBy(() -> w.achievements().recordWorkshopStep(other, ALICE.id(), PATH, FIRST,
                        WorkshopStep.INTRODUCTION_VIDEO_WATCHED)).as(other.id().value())
                        .isInstanceOf(PermissionDeniedException.class);
            }
            assertThatThrownBy(() -> w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, FIRST, null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("step");
            assertThatThrownBy(() -> w.achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH, null,
                    WorkshopStep.MAIN_VIDEO_WATCHED)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("workshop");
            assertThat(w.achievements().achievements(ALICE, ALICE.id(), PATH).workshopSteps()).isEmpty();
            assertThatThrownBy(() -> w.achievements().recordWorkshopStep(ALICE, ALICE.id(),
                    org.lmskit.core.id.PathId.of("not-set-up"), FIRST, WorkshopStep.MAIN_VIDEO_WATCHED))
                    .isInstanceOf(org.lmskit.core.error.NotFoundException.class);
            assertThat(w.storage().achievements().find("alice", "not-set-up")).isEmpty();
        }
    }
}
