package org.lmskit.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.id.LessonId;

/**
 * The child JVM of {@link CrashDurabilityTest}: opens the app's durable embedded storage on a directory,
 * then writes lessons {@code <prefix>-0}, {@code <prefix>-1}, ... forever, printing {@code ACK n} on stdout
 * after each write returned (the moment the app would answer 201). The test kills it mid-stream.
 *
 * <p>With a third argument {@code events}, it writes grading tables of paths {@code <prefix>-n} instead, with the
 * outbox on and its relay running, printing {@code DELIVERED <path>} as each event reaches its publisher.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", args[0]}, Map.of());
        Storages storages = new Storages(settings);
        if (args.length > 2 && args[2].equals("events")) {
            writeEvents(storages, args[1], out);
            return;
        }
        Lms lms = DemoData.wire(Lms.builder().storage(storages.storage())).build();
        out.println("READY");
        for (int n = 0; ; n++) {
            lms.adaptive().catalogue().defineLesson(DemoData.ADMIN, new Lesson(LessonId.of(args[1] + "-" + n), "Crash " + n,
                    LessonKind.VIDEO, Duration.ofMinutes(1), false, List.of(), 0));
            out.println("ACK " + n);
        }
    }

    private static void writeEvents(Storages storages, String prefix, PrintStream out) {
        // a slow publisher (20 ms an event) keeps the relay behind the writer, so that the kill always finds
        // committed events not yet delivered, whatever the machine's load: the restart must deliver those
        Lms lms = org.lmskit.app.events.DemoLrs.wirePublisher(DemoData.wire(Lms.builder().storage(storages.storage())),
                "crash-child", event -> {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    out.println("DELIVERED "
                            + ((org.lmskit.core.certification.CertificationEvent.GradingTableChanged) event).pathId());
                }).build();
        lms.events().relay().orElseThrow().start();
        out.println("READY");
        for (int n = 0; ; n++) {
            lms.certification().grading().defineGradingTable(DemoData.ADMIN,
                    org.lmskit.core.id.PathId.of(prefix + "-" + n), org.lmskit.core.certification.GradingTable.ofDefaults(),
                    0);
            out.println("ACK " + n);
        }
    }
}
