package org.lmskit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data directory by an app that was killed (SIGKILL runs no shutdown
 * hook) would make the next start wait and fail. Before starting, read the directory's
 * {@code postmaster.pid}: if its process is alive and is a PostgreSQL serving this directory, it is ours
 * and orphaned, so stop it (fast shutdown: SIGINT) and wait. If the pid now belongs to another program
 * (reused after a crash), the file is stale and is removed. A process whose command cannot be read is
 * never signalled.
 */
final class StalePostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void stopIfOurs(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself treats the file of a dead process as stale
        }
        Optional<String> command = process.get().info().command();
        if (command.isPresent() && !isPostgres(command.get())) {
            // the pid was reused by another program after a crash: the file is stale, and PostgreSQL would refuse it
            LOG.warn("{} names pid {}, now {}: removing the stale file", pidFile, pid, command.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        if (command.isEmpty() || !servesDirectory(lines.get(1).trim(), dataDir)) {
            return; // not provably ours: leave it, and let PostgreSQL's refusal name the directory
        }
        LOG.warn("a PostgreSQL (pid {}) still runs on {}, left by an app that did not stop; stopping it", pid, dataDir);
        signalFastShutdown(pid);
        try {
            process.get().onExit().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.get().destroyForcibly();
            waitQuietly(process.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left on " + dataDir, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not stop the PostgreSQL left on " + dataDir, e);
        }
    }

    private static boolean isPostgres(String command) {
        return command.endsWith("/postgres") || command.endsWith("/postmaster");
    }

    private static boolean servesDirectory(String dirInPidFile, Path dataDir) {
        try {
            return Path.of(dirInPidFile).toRealPath().equals(dataDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown: roll back open sessions, checkpoint, exit. */
    private static void signalFastShutdown(long pid) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
            kill.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitQuietly(ProcessHandle process) {
        try {
            process.onExit().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("the PostgreSQL (pid {}) did not stop", process.pid());
        }
    }
}
