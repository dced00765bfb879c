package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmskit.core.Lms;
import org.lmskit.core.id.LessonId;

/**
 * "Durable" means an acknowledged write survives {@code kill -9} of everything. A child JVM writes through
 * the app's durable embedded mode and acknowledges each write; the test kills it with SIGKILL (and, in the
 * first case, its PostgreSQL and every backend too), restarts on the same directory and reads every
 * acknowledged write back.
 */
class CrashDurabilityTest {
    private static final int ACKS_BEFORE_KILL = 40;

    @Test
    void every_acknowledged_write_survives_killing_the_jvm_and_its_postgres(@TempDir Path dataDir) throws Exception {
        Child child = Child.start(dataDir, "all");
        child.awaitAcks(ACKS_BEFORE_KILL);
        killEverything(child, dataDir);

        assertEveryAcknowledgedWriteReadsBack(dataDir, child.acknowledged("all"));
    }

    @Test
    void an_event_committed_before_kill_9_is_delivered_after_the_restart(@TempDir Path dataDir) throws Exception {
        Child child = Child.start(dataDir, "ev", "events");
        child.awaitAcks(ACKS_BEFORE_KILL);
        killEverything(child, dataDir);
        List<String> acknowledged = child.acknowledged("ev").stream().map(LessonId::value).toList();
        List<String> deliveredBefore = child.lines.stream().filter(l -> l.startsWith("DELIVERED "))
                .map(l -> l.substring("DELIVERED ".length())).toList();

        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", dataDir.toString()}, Map.of());
        List<String> deliveredAfter = new CopyOnWriteArrayList<>();
        try (Storages restarted = new Storages(settings)) {
            // the events the killed relay had claimed stay held by its lease (30 s) before anyone else may take them
            java.time.Clock leaseLater = java.time.Clock.offset(java.time.Clock.systemUTC(),
                    java.time.Duration.ofSeconds(31));
            Lms lms = org.lmskit.app.events.DemoLrs.wirePublisher(DemoData.wire(Lms.builder()
                            .storage(restarted.storage()).clock(leaseLater)), "restarted", event -> deliveredAfter.add(
                            ((org.lmskit.core.certification.CertificationEvent.GradingTableChanged) event).pathId()
                                    .value())).build();
            lms.events().relay().orElseThrow().drain();
            assertThat(lms.events().summary(DemoData.ADMIN).pending()).as("nothing left undelivered").isZero();
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        List<String> lost = acknowledged.stream()
                .filter(path -> !deliveredBefore.contains(path) && !deliveredAfter.contains(path)).toList();
        assertThat(lost).as("events of acknowledged writes never delivered").isEmpty();
        assertThat(deliveredAfter).as("the restart delivered what the killed relay had not").isNotEmpty();
    }

    @Test
    void killing_only_the_jvm_leaves_nothing_that_blocks_the_next_start(@TempDir Path dataDir) throws Exception {
        Child child = Child.start(dataDir, "jvm");
        child.awaitAcks(ACKS_BEFORE_KILL);
        ProcessHandle orphan = postmaster(dataDir);

        child.process.destroyForcibly();
        child.process.waitFor(30, TimeUnit.SECONDS);
        assertThat(orphan.isAlive()).as("the embedded PostgreSQL outlives a SIGKILLed JVM").isTrue();

        assertEveryAcknowledgedWriteReadsBack(dataDir, child.acknowledged("jvm"));
        assertThat(orphan.isAlive()).as("the next start stopped the orphan").isFalse();
    }

    @Test
    void a_stale_pid_file_naming_another_program_does_not_block_the_start_nor_touch_that_program(@TempDir Path dataDir)
            throws Exception {
        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", dataDir.toString()}, Map.of());
        new Storages(settings).close();
        // after a crash and a reboot, the pid in the file may belong to any program
        Process other = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(dataDir.resolve("postmaster.pid"), other.pid() + "\n" + dataDir + "\n");

            try (Storages restarted = new Storages(settings)) {
                assertThat(restarted.storage().capabilities().persistent()).isTrue();
            }
            assertThat(other.isAlive()).as("the other program is left alone").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void the_durable_mode_runs_postgres_with_fsync_synchronous_commit_and_full_page_writes(@TempDir Path dataDir)
            throws Exception {
        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", dataDir.toString()}, Map.of());
        try (Storages storages = new Storages(settings);
             Connection c = storages.embeddedDatabase().orElseThrow().getConnection();
             Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    private static void assertEveryAcknowledgedWriteReadsBack(Path dataDir, List<LessonId> acknowledged) {
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", dataDir.toString()}, Map.of());
        try (Storages restarted = new Storages(settings)) {
            Lms lms = DemoData.wire(Lms.builder().storage(restarted.storage())).build();
            List<LessonId> lost = acknowledged.stream().filter(id -> {
                try {
                    lms.adaptive().catalogue().lesson(id);
                    return false;
                } catch (org.lmskit.core.error.NotFoundException e) {
                    return true;
                }
            }).toList();
            assertThat(lost).as("acknowledged writes lost").isEmpty();
        }
    }

    /** SIGKILL to the child JVM, its PostgreSQL and every backend, and waits until they are all gone. */
    private static void killEverything(Child child, Path dataDir) throws Exception {
        ProcessHandle postmaster = postmaster(dataDir);
        List<ProcessHandle> postgres = new ArrayList<>(postmaster.descendants().toList());
        postgres.add(0, postmaster);
        child.process.destroyForcibly();
        postgres.forEach(ProcessHandle::destroyForcibly);
        child.process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle p : postgres) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static ProcessHandle postmaster(Path dataDir) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private record Child(Process process, List<String> lines) {
        static Child start(Path dataDir, String... arguments) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), dataDir.toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ended) {
                    // the child was killed
                }
            }, "crash-writer-stdout");
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines);
        }

        void awaitAcks(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines.stream().filter(l -> l.startsWith("ACK ")).count() < count) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("the writer acknowledged " + lines.size() + " lines: " + lines);
                }
                Thread.sleep(20);
            }
        }

        /** Every write the child acknowledged before it died (its stdout is drained once it is gone). */
        List<LessonId> acknowledged(String prefix) throws InterruptedException {
            Thread.sleep(200);
            return lines.stream().filter(l -> l.startsWith("ACK "))
                    .map(l -> LessonId.of(prefix + "-" + l.substring(4).trim())).toList();
        }
    }
}
