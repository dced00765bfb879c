package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;

/**
 * Seed 003: "les apprenants ayant déjà débuté leur cas pratique conserveront celui qu'ils ont commencé. Les
 * autres entameront le nouveau cas", on both adapters.
 */
class CaseStudyVersionTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    private static final Actor CORRECTOR = Actor.of("care-team", Role.CORRECTOR);
    private static final Actor ALICE = Actor.of("alice", Role.LEARNER);
    private static final Actor BOB = Actor.of("bob", Role.LEARNER);

    /** Version 2: ten other questions worth 2 points each. */
    private static List<CaseStudyQuestion> newCase() {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> new CaseStudyQuestion(QuestionId.of("v2-q" + i),
                "Nouveau cas, question " + i, BigDecimal.valueOf(2))).toList();
    }

    private static Map<QuestionId, String> answers(String prefix, int from, int to) {
        Map<QuestionId, String> answers = new HashMap<>();
        IntStream.rangeClosed(from, to).forEach(i -> answers.put(QuestionId.of(prefix + i), "Réponse " + i));
        return answers;
    }

    private static Map<QuestionId, BigDecimal> points(String prefix, String each) {
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        IntStream.rangeClosed(1, 10).forEach(i -> points.put(QuestionId.of(prefix + i), new BigDecimal(each)));
        return points;
    }

    private static Lms lms(StorageProvider storage) {
        Lms lms = Lms.builder().storage(storage)
                .clock(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC)).build();
        lms.certification().grading().definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        for (Actor learner : List.of(ALICE, BOB)) {
            RecrutementEtSourcing.THEMES.forEach(theme ->
                    lms.certification().achievements().awardBadge(TUTOR, learner.id(), PATH, theme));
            IntStream.rangeClosed(1, 3).forEach(i -> lms.certification().achievements()
                    .recordWorkshop(TUTOR, learner.id(), PATH, WorkshopId.of("atelier-" + i)));
        }
        return lms;
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_learner_halfway_keeps_her_case_study_and_the_others_start_the_new_one(Storages kind) throws Exception {
        try (StorageProvider storage = kind.fresh()) {
            Lms lms = lms(storage);
            CaseStudyService caseStudies = lms.certification().caseStudies();
            assertThat(caseStudies.saveAnswers(ALICE, PATH, answers("cs-q", 1, 5)).caseStudyVersion()).isEqualTo(1);

            long setupVersion = lms.certification().grading().pathSetup(PATH).version();
            CaseStudyVersion published = lms.certification().grading().publishCaseStudy(ADMIN, PATH, newCase(),
                    setupVersion);
            assertThat(published.version()).isEqualTo(2);
            assertThat(lms.certification().grading().pathSetup(PATH).caseStudy()).isEqualTo(newCase());

            // alice finishes the case she started, is corrected on it, and certified
            assertThat(caseStudies.questions(ALICE, ALICE.id(), PATH).version()).isEqualTo(1);
            caseStudies.saveAnswers(ALICE, PATH, answers("cs-q", 6, 10));
            assertThatThrownBy(() -> caseStudies.saveAnswers(ALICE, PATH, answers("v2-q", 1, 1)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("version 1");
            assertThat(caseStudies.submit(ALICE, PATH).status()).isEqualTo(CaseStudyStatus.SUBMITTED);
            assertThatThrownBy(() -> caseStudies.correct(CORRECTOR, ALICE.id(), PATH, points("v2-q", "1.6"), null))
                    .isInstanceOf(InvalidInputException.class);
            CaseStudyAttempt corrected = caseStudies.correct(CORRECTOR, ALICE.id(), PATH, points("cs-q", "1.6"), null);
            assertThat(corrected.grade().orElseThrow().value()).isEqualByComparingTo("16.00");
            assertThat(corrected.caseStudyVersion()).isEqualTo(1);
            assertThat(lms.certification().certificates().certificateOf(ALICE, ALICE.id(), PATH).orElseThrow().level())
                    .isEqualTo(CertificationLevel.SILVER);

            // bob had not started: he gets the new case, and the old questions are not his
            assertThat(caseStudies.questions(BOB, BOB.id(), PATH).version()).isEqualTo(2);
            assertThatThrownBy(() -> caseStudies.saveAnswers(BOB, PATH, answers("cs-q", 1, 1)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("version 2");
            assertThat(caseStudies.saveAnswers(BOB, PATH, answers("v2-q", 1, 10)).caseStudyVersion()).isEqualTo(2);
            assertThat(caseStudies.submit(BOB, PATH).status()).isEqualTo(CaseStudyStatus.SUBMITTED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_wording_fix_stays_on_the_version_and_a_change_of_points_publishes_a_new_one(Storages kind)
            throws Exception {
        try (StorageProvider storage = kind.fresh()) {
            Lms lms = lms(storage);
            lms.certification().caseStudies().saveAnswers(ALICE, PATH, answers("cs-q", 1, 1));
            CertificationPathSetup v1 = lms.certification().grading().pathSetup(PATH);
            List<CaseStudyQuestion> fixed = v1.caseStudy().stream().map(q -> new CaseStudyQuestion(q.id(),
                    q.prompt() + " (orthographe corrigée)", q.maxPoints())).toList();

            CertificationPathSetup afterFix = lms.certification().grading().definePathSetup(ADMIN,
                    new CertificationPathSetup(PATH, true, v1.mandatoryThemes(), 3, fixed, v1.version()));

            assertThat(lms.certification().grading().currentCaseStudy(PATH).orElseThrow().version()).isEqualTo(1);
            assertThat(lms.certification().caseStudies().questions(ALICE, ALICE.id(), PATH).questions().get(0).prompt())
                    .endsWith("(orthographe corrigée)");

            List<CaseStudyQuestion> reweighted = fixed.stream().map(q -> new CaseStudyQuestion(q.id(), q.prompt(),
                    q.id().value().equals("cs-q1") ? new BigDecimal("4") : q.maxPoints())).toList();
            lms.certification().grading().definePathSetup(ADMIN,
                    new CertificationPathSetup(PATH, true, v1.mandatoryThemes(), 3, reweighted, afterFix.version()));

            assertThat(lms.certification().grading().currentCaseStudy(PATH).orElseThrow().version()).isEqualTo(2);
            assertThat(lms.certification().caseStudies().questions(ALICE, ALICE.id(), PATH).version()).isEqualTo(1);
            assertThat(lms.certification().grading().caseStudy(PATH, 1).orElseThrow().questions().get(0).maxPoints())
                    .isEqualByComparingTo("2");
            assertThat(storage.auditTrail().find(AuditQuery.byRecord("certification-path", PATH.value())).items())
                    .extracting(e -> e.changes().get(e.changes().size() - 1))
                    .containsExactly(new FieldChange("caseStudyVersion", null, "1"),
                            new FieldChange("caseStudyWordingCorrected", null, "1"),
                            new FieldChange("caseStudyVersion", "1", "2"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void only_an_administrator_publishes_on_a_certifying_path_from_the_version_read(Storages kind) throws Exception {
        try (StorageProvider storage = kind.fresh()) {
            Lms lms = lms(storage);
            long version = lms.certification().grading().pathSetup(PATH).version();

            assertThatThrownBy(() -> lms.certification().grading().publishCaseStudy(CORRECTOR, PATH, newCase(), version))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> lms.certification().grading().publishCaseStudy(ADMIN, PATH, newCase(), version - 1))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> lms.certification().grading().publishCaseStudy(ADMIN, PATH, newCase().subList(0, 9),
                    version)).isInstanceOf(InvalidInputException.class).hasMessageContaining("10 to 20");
            assertThatThrownBy(() -> lms.certification().grading().publishCaseStudy(ADMIN, PathId.of("libre"),
                    newCase(), 0)).isInstanceOf(RuleRefusedException.class)
                    .hasMessageContaining("does not certify");
            assertThat(lms.certification().grading().currentCaseStudy(PATH).orElseThrow().version()).isEqualTo(1);
            assertThat(lms.certification().grading().pathSetup(PATH).version()).isEqualTo(version);
        }
    }
}
