package org.lmskit.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.lmskit.app.ReferenceApp;

/**
 * The reference app's read mix under load, on both storages in one run: the app starts twice in this JVM (in
 * memory on one port, on an embedded PostgreSQL on another, both with the demo data), then 16 clients on loopback
 * read for a fixed time from each, and the run prints requests per second, p50 and p99 for both.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.lmskit.benchmarks.HttpLoad [seconds] [clients]}</pre>
 */
public final class HttpLoad {
    /** The mix: who reads what (seed screens), one request of each in turn. */
    private static final String[][] MIX = {
        {"demo-manager", "/api/competency/team"},
        {"demo-robert", "/api/competency/learners/robert-redford/job-view"},
        {"demo-tutor", "/api/adaptive/courses/cours-1-avant-vente/tutoring"},
        {"demo-luc", "/api/recruitment/pool?studyLevel=BAC_PLUS_5"},
        {"demo-pilot", "/api/seats/sessions/manpower-lyon-slots"},
        {"demo-bob", "/api/certification/paths/recrutement-et-sourcing/learners/bob/eligibility"},
    };

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        if (seconds < 1 || seconds > 300 || clients < 1 || clients > 64) {
            throw new IllegalArgumentException("seconds 1-300, clients 1-64");
        }
        ReferenceApp.main(new String[] {"--port", "7181"});
        ReferenceApp.main(new String[] {"--port", "7182", "--embedded-postgres",
            Files.createTempDirectory("lmskit-load").toString()});
        List<String> lines = new ArrayList<>();
        for (String[] target : new String[][] {{"in-memory", "7181"}, {"postgresql", "7182"}}) {
            String base = "http://localhost:" + target[1];
            run(base, clients, 3);
            lines.add(String.format("%-11s %s", target[0], run(base, clients, seconds)));
        }
        System.out.println("storage     " + clients + " clients, " + seconds + " s, mixed reads");
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String base, int clients, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int first = c;
            Thread client = new Thread(() -> {
                int n = 0;
                try {
                    for (int i = first; System.nanoTime() < end && n < mine.length; i++) {
                        String[] read = MIX[i % MIX.length];
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + read[1]))
                                .header("Authorization", "Bearer " + read[0]).timeout(Duration.ofSeconds(10)).build();
                        long start = System.nanoTime();
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        mine[n++] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    mine[mine.length - 1] = n;
                    done.countDown();
                }
            }, "load-" + c);
            client.start();
        }
        done.await();
        long total = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        return String.format("%,8.0f req/s   p50 %6.1f ms   p99 %6.1f ms   %d not 200", total / (double) seconds,
                all.length == 0 ? 0 : all[all.length / 2] / 1e6, all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6,
                failures.get());
    }
}
