package dev.zdeploy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.DeploymentService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on localhost, in two parts. Throughput: 120 deployments of the example by 8 clients
 * on a server with the default limits. Bounded memory: 80 of the example and 6 of a large instance
 * (2,000 more libraries, each with DDDEFs) by 16 clients on a server holding at most 60 results for
 * 8 seconds each. Every deployment must complete with its own members (none lost, none mixed), the
 * server must never hold more than its limit, and the heap it keeps must stay bounded. Prints the
 * figures the note quotes. Bounded in count; runs with {@code mvn -B test -Plong}.
 */
@Tag("long")
class ServeLoadTest {

    private static final int MAX_HELD = 60;

    @TempDir
    Path dir;

    @Test
    void theExampleDeploymentsThroughput() throws Exception {
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS)) {
            ConcurrentDeployments.run(server, Collections.nCopies(20, "XYZTM21"), 4, 90_000);
            long start = System.nanoTime();
            List<ConcurrentDeployments.Outcome> outcomes = ConcurrentDeployments.run(server,
                    Collections.nCopies(120, "XYZTM21"), 8);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(120, outcomes.size());
            ConcurrentDeployments.assertDistinctNames(outcomes);
            List<Long> millis = outcomes.stream().map(o -> o.millis()).sorted().toList();
            System.out.printf("ServeLoadTest throughput: 120 deployments of the example by 8 clients in %.1f s:"
                    + " %.1f deployments/s (each: POST, status polls, member list, 5 member reads); POST-to-checked"
                    + " median %d ms, p95 %d ms%n", seconds, 120 / seconds, millis.get(60), millis.get(114));
        }
    }

    @Test
    void warmLatencyOfOneDeploymentThroughTheApi() throws Exception {
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS)) {
            List<Long> micros = new ArrayList<>();
            for (int k = 0; k < 80; k++) {
                long start = System.nanoTime();
                java.net.http.HttpResponse<String> accepted = server.post("/zosmf/swmgmt/dep",
                        ConcurrentDeployments.request("XYZTM21", k));
                String status = server.waitFor(TestServer.json(accepted).get("statusurl").asText()).get("status").asText();
                long elapsed = (System.nanoTime() - start) / 1_000;
                assertEquals("complete", status);
                if (k >= 30) {
                    micros.add(elapsed);
                }
            }
            Collections.sort(micros);
            System.out.printf("ServeLoadTest latency: one client, warm (after 30): POST to status complete, median"
                    + " %.1f ms, p90 %.1f ms over %d deployments of the example%n", micros.get(micros.size() / 2) / 1e3,
                    micros.get(micros.size() * 9 / 10) / 1e3, micros.size());
        }
    }

    @Test
    void concurrentDeploymentsOfTheExampleAndALargeInstanceAreNeverLostOrMixed() throws Exception {
        ConcurrentDeployments.addLargeInstance(dir, 2_000);
        ServeSettings settings = ServeSettings.DEFAULTS.withService(DeploymentService.Settings.DEFAULTS
                .withMaxHeld(MAX_HELD).withExpiry(Duration.ofSeconds(8)).withQueue(256));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (TestServer server = TestServer.start(dir, settings)) {
            ConcurrentDeployments.run(server, List.of("XYZTM21", "BIG"), 2, 90_000);
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger mostHeld = new AtomicInteger();
            AtomicLong peakHeap = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    mostHeld.accumulateAndGet(server.service.held(), Math::max);
                    peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            List<String> sources = new ArrayList<>();
            for (int k = 0; k < 86; k++) {
                sources.add(k % 14 == 3 ? "BIG" : "XYZTM21");
            }
            long start = System.nanoTime();
            List<ConcurrentDeployments.Outcome> outcomes = ConcurrentDeployments.run(server, sources, 16);
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            sampler.join();
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - baseline;

            assertEquals(sources.size(), outcomes.size());
            assertEquals(6, outcomes.stream().filter(o -> o.source().equals("BIG")).count());
            assertTrue(mostHeld.get() <= MAX_HELD, "held " + mostHeld.get() + " results, more than " + MAX_HELD);
            System.out.printf("ServeLoadTest memory: %d deployments (80 of the example, 6 of a 2,022-data-set"
                    + " instance) by 16 clients in %.1f s; most held %d (limit %d); heap peak %d MiB, retained after"
                    + " GC %d MiB over a %d MiB baseline%n", outcomes.size(), seconds, mostHeld.get(), MAX_HELD,
                    peakHeap.get() >> 20, retained >> 20, baseline >> 20);
            assertTrue(retained < 256L << 20, "the server retains " + (retained >> 20) + " MiB after the load");
        }
    }
}
