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
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", args[0]}, Map.of());
        Storages storages = new Storages(settings);
        Lms lms = DemoData.wire(Lms.builder().storage(storages.storage())).build();
        out.println("READY");
        for (int n = 0; ; n++) {
            lms.adaptive().catalogue().defineLesson(DemoData.ADMIN, new Lesson(LessonId.of(args[1] + "-" + n), "Crash " + n,
                    LessonKind.VIDEO, Duration.ofMinutes(1), false, List.of(), 0));
            out.println("ACK " + n);
        }
    }
}
