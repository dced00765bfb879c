package org.lmskit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AttemptReport;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.event.EventRelay;
import org.lmskit.core.event.OutboxSettings;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.outbox.OutboxSummary;
import org.lmskit.xapi.XapiPublisher;
import org.lmskit.xapi.XapiSettings;
import org.lmskit.xapi.XapiStatements;

/**
 * Events through the transactional outbox, delivered as xAPI statements: a learner passes a quiz; the event is
 * recorded with the attempt; the "LRS" is down at the first delivery, so the event waits and is delivered on the
 * next round (docs/events.md). Run (after {@code mvn -B -ntp -q -pl examples -am install -DskipTests}): {@code mvn -B -ntp -q -pl examples exec:java
 * -Dexec.skip=false -Dexec.mainClass=org.lmskit.examples.OutboxXapiExample}.
 */
public final class OutboxXapiExample {
    private OutboxXapiExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        Actor andreu = Actor.of("andreu", Role.LEARNER);
        AtomicBoolean lrsDown = new AtomicBoolean(true);
        XapiPublisher toLrs = new XapiPublisher(new XapiStatements(XapiSettings.of(URI.create("https://lms.example.com"))),
                statements -> {
                    if (lrsDown.get()) {
                        throw new IllegalStateException("LRS unreachable");
                    }
                    statements.forEach(statement -> out.println("LRS <- " + statement));
                });
        Lms lms = Lms.builder().storage(InMemoryStorage.create())
                .eventPublisher(toLrs)
                // a 1 ms back-off in the example: a failed delivery is due again a moment later
                .outbox(new OutboxSettings("example-node", 100, Duration.ofSeconds(30), Duration.ofSeconds(1),
                        Duration.ofMillis(1), Duration.ofMillis(1), 10, Duration.ofDays(7)))
                .build();
        EventRelay relay = lms.events().relay().orElseThrow();

        LessonId quiz = LessonId.of("quiz-1");
        lms.adaptive().catalogue().defineLesson(admin, new Lesson(quiz, "Quiz 1", LessonKind.QUIZ,
                Duration.ofMinutes(10), false, List.of(), 0));
        lms.adaptive().attempts().recordAttempt(andreu, andreu.id(), quiz,
                new AttemptReport(LessonStatus.PASSED, Optional.of(new BigDecimal("87.5")), Duration.ofMinutes(9)));
        out.println("after the attempt: " + describe(lms.events().summary(admin)));

        relay.drain();
        out.println("LRS down: " + describe(lms.events().summary(admin)) + ", last error: "
                + lms.events().list(admin, Optional.empty(), org.lmskit.spi.PageRequest.first(1)).items().get(0)
                .lastError().orElse(""));

        lrsDown.set(false);
        try {
            Thread.sleep(5); // past the back-off
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        relay.drain();
        out.println("LRS back: " + describe(lms.events().summary(admin)));
    }

    private static String describe(OutboxSummary summary) {
        return summary.pending() + " pending, " + summary.delivered() + " delivered, " + summary.parked() + " parked";
    }
}
