package org.lmskit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.CaseStudyAttempt;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.certification.Eligibility;
import org.lmskit.core.certification.ProgramQuizAttempt;
import org.lmskit.core.certification.Question;
import org.lmskit.core.certification.QuizQuestion;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.certification.WorkshopStep;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.credentials.InMemorySigningKeys;
import org.lmskit.credentials.OpenBadgeCredentials;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * A learner's way to a certificate: a path with two mandatory themes and one workshop, a program
 * quiz that earns a badge, the final case study, its correction, and the Open Badges export.
 */
public final class CertificationExample {
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final ThemeId SOURCING = ThemeId.of("imprenable-sur-le-sourcing");
    private static final ThemeId ENTRETIEN = ThemeId.of("les-bonnes-pratiques-de-l-entretien");

    private CertificationExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        Actor tutor = Actor.of("tutor", Role.TUTOR);
        Actor corrector = Actor.of("care-team", Role.CORRECTOR);
        Actor alice = Actor.of("alice", Role.LEARNER);
        Lms lms = Lms.builder().storage(InMemoryStorage.create())
                .notifier(n -> out.println("notification to " + n.recipients() + ": " + n.template() + " "
                        + n.parameters().get("level")))
                .build();

        List<CaseStudyQuestion> caseStudy = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new CaseStudyQuestion(QuestionId.of("q" + i), "Question " + i, BigDecimal.valueOf(2)))
                .toList();
        lms.certification().grading().definePathSetup(admin,
                new CertificationPathSetup(PATH, true, Set.of(SOURCING, ENTRETIEN), 1, caseStudy, 0));
        for (int level = 1; level <= 5; level++) {
            for (int i = 1; i <= 3; i++) {
                lms.certification().programQuizzes().addQuestion(admin, new Question(QuestionId.of("s" + level + "-" + i), SOURCING,
                        level, java.util.Optional.empty(), "Sourcing " + level + "." + i, List.of("right", "wrong"), 0));
            }
        }

        Eligibility before = lms.certification().achievements().eligibility(alice, alice.id(), PATH);
        out.println("eligible at first? " + before.eligible() + " — " + before.reason());

        ProgramQuizAttempt quiz = lms.certification().programQuizzes().start(alice, PATH, SOURCING, OptionalLong.of(42));
        while (!quiz.finished()) {
            QuizQuestion question = lms.certification().programQuizzes().currentQuestion(alice, quiz.id());
            quiz = lms.certification().programQuizzes().answer(alice, quiz.id(), question.id(), 0);
        }
        out.println("program quiz: " + quiz.score().orElseThrow() + ", passed " + quiz.passed());
        try {
            lms.certification().programQuizzes().start(alice, PATH, SOURCING, OptionalLong.empty());
        } catch (RuleRefusedException refused) {
            out.println("retake refused: " + refused.code());
        }

        lms.certification().achievements().awardBadge(tutor, alice.id(), PATH, ENTRETIEN);
        // seed 003: a workshop counts once every step is taken (10, 20, 30, 60, 90, 100 %)
        WorkshopId atelier = WorkshopId.of("atelier-1");
        for (WorkshopStep step : WorkshopStep.values()) {
            lms.certification().achievements().recordWorkshopStep(alice, alice.id(), PATH, atelier, step);
            if (step == WorkshopStep.CORRECTIONS_DONE) {
                out.println("workshop at " + lms.certification().achievements()
                        .workshopProgress(alice, alice.id(), PATH, atelier).percent() + " %, eligible? "
                        + lms.certification().achievements().eligibility(alice, alice.id(), PATH).eligible());
            }
        }
        out.println("eligible now? " + lms.certification().achievements().eligibility(alice, alice.id(), PATH).eligible());

        Map<QuestionId, String> answers = new HashMap<>();
        caseStudy.forEach(q -> answers.put(q.id(), "Ma réponse"));
        lms.certification().caseStudies().saveAnswers(alice, PATH, answers);
        lms.certification().caseStudies().submit(alice, PATH);
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        caseStudy.forEach(q -> points.put(q.id(), new BigDecimal("1.6")));
        CaseStudyAttempt corrected = lms.certification().caseStudies().correct(corrector, alice.id(), PATH, points, "Solide");
        out.println("case study: " + corrected.grade().orElseThrow() + " -> " + corrected.level().orElseThrow());

        lms.certification().certificates().certificateOf(alice, alice.id(), PATH).ifPresent(certificate -> {
            Map<String, Object> credential = lms.certification().certificates().openBadge(alice, certificate.id());
            out.println("Open Badges credential type: " + credential.get("type"));
            // signed as VC-JWT with keys the host provides (generated in memory here), then verified
            OpenBadgeCredentials credentials = OpenBadgeCredentials.of(lms.certification().certificates(),
                    InMemorySigningKeys.ec(lms.certification().certificates().issuerId() + "/keys/"), lms.clock());
            String jwt = credentials.sign(credential);
            out.println("signed credential verifies: " + credentials.verify(jwt).valid());
        });
    }
}
