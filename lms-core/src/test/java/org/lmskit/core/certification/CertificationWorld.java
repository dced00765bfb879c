package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmskit.core.Lms;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.notification.Notification;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/** The library on in-memory storage with the seed's certifying path set up, and recorders for its outputs. */
final class CertificationWorld {
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor CORRECTOR = Actor.of("care-team", Role.CORRECTOR);
    static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    static final Actor ALICE = Actor.of("alice", Role.LEARNER);
    static final Actor BOB = Actor.of("bob", Role.LEARNER);
    static final Actor MANAGER = Actor.of("manon", Role.MANAGER);

    final InMemoryStorage storage = InMemoryStorage.create();
    final List<LmsEvent> events = new ArrayList<>();
    final List<Notification> notifications = new ArrayList<>();
    final Map<UserId, List<LessonId>> viewed = new HashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    final Lms lms = Lms.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add)
            .notifier(notifications::add)
            .directory(learner -> learner.equals(ALICE.id()) ? Set.of(MANAGER.id()) : Set.of())
            .idGenerator(() -> "id-" + ids.incrementAndGet())
            .lessonViews(learner -> viewed.getOrDefault(learner, List.of()))
            .build();

    CertificationWorld withSeedPath() {
        lms.certification().grading().definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        return this;
    }

    /** Every mandatory badge and the three workshops, for a learner. */
    CertificationWorld eligible(Actor learner) {
        RecrutementEtSourcing.THEMES.forEach(theme ->
                lms.certification().achievements().awardBadge(TUTOR, learner.id(), RecrutementEtSourcing.PATH, theme));
        for (int i = 1; i <= 3; i++) {
            lms.certification().achievements().recordWorkshop(TUTOR, learner.id(), RecrutementEtSourcing.PATH, WorkshopId.of("atelier-" + i));
        }
        return this;
    }

    static Map<QuestionId, String> answers(int count) {
        Map<QuestionId, String> answers = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            answers.put(QuestionId.of("cs-q" + i), "Ma réponse " + i);
        }
        return answers;
    }

    /** Points out of 2 per question, totalling {@code grade} out of 20 (each question gets grade/10). */
    static Map<QuestionId, BigDecimal> pointsFor(String grade) {
        BigDecimal each = new BigDecimal(grade).divide(BigDecimal.TEN);
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        for (int i = 1; i <= 10; i++) {
            points.put(QuestionId.of("cs-q" + i), each);
        }
        return points;
    }

    /** A learner eligible, with the case study answered and submitted. */
    CertificationWorld submitted(Actor learner) {
        eligible(learner);
        lms.certification().caseStudies().saveAnswers(learner, RecrutementEtSourcing.PATH, answers(10));
        lms.certification().caseStudies().submit(learner, RecrutementEtSourcing.PATH);
        return this;
    }

    <T extends LmsEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
