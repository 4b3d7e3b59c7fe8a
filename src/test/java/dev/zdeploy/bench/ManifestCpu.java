package dev.zdeploy.bench;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * How the collector's placement of a plan weighs on the work that reads it: the manifest of a plan made
 * beforehand, written to a writer that discards it, again and again, in CPU time of the writing thread
 * (the pauses of the collector are not in it, nor the load of other processes). Little is allocated
 * while it runs, so what differs between collectors on the same plan is where the plan's objects lie.
 * For each of three plans: the best of {@code iterations} writes of the plan as made, then again after a
 * full collection ({@code System.gc()}). README, "Benchmarks" (G1 against the serial collector):
 *
 * <pre>
 * java -Xmx12g -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/bench.cp) dev.zdeploy.bench.ManifestCpu 1000000 3
 * java -Xmx12g -XX:+UseG1GC -cp target/test-classes:target/classes:$(cat target/bench.cp) dev.zdeploy.bench.ManifestCpu 1000000 3
 * </pre>
 */
public final class ManifestCpu {

    private ManifestCpu() {}

    public static void main(String[] args) {
        int datasets = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults());
        SyntheticJson json = new SyntheticJson(datasets);
        Inputs inputs = InputReader.read("descriptor.json", json.descriptor, "request.json", json.request);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            DeploymentPlan plan = zdeploy.plan(inputs);
            for (boolean collected : new boolean[] {false, true}) {
                if (collected) {
                    System.gc();
                }
                long best = Long.MAX_VALUE;
                for (int i = 0; i < iterations; i++) {
                    long start = threads.getCurrentThreadCpuTime();
                    zdeploy.writeManifest(plan, Writer.nullWriter());
                    best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
                }
                System.out.printf(Locale.ROOT, "%,d data sets, plan %d%s: best %.2f us per data set%n", datasets, round,
                        collected ? " after a full collection" : " as made", best / 1e3 / datasets);
            }
        }
    }
}
