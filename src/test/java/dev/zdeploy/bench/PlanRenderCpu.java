package dev.zdeploy.bench;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.PolicyLintGate;
import dev.zdeploy.render.RenderedJob;
import dev.zdeploy.render.TemplateSource;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time of in-process plan+render per data set, measured on the calling thread, which the load
 * of a shared machine inflates far less than the wall time JMH's {@code PipelineBenchmark.planAndRender}
 * measures: "render thread" is {@code ZDeploy.render(ZDeploy.plan(inputs))} as a caller runs it (its
 * lint gates run on a second thread, so this is the critical path when a second core is free; the held
 * deployment makes no manifest until asked); "one thread" is the plan, every member rendered and checked
 * and the manifest, all on the calling thread. Best and median of the second half of a warm loop on {@link SyntheticJson}:
 *
 * <pre>
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/bench.cp) dev.zdeploy.bench.PlanRenderCpu 10000 40
 * </pre>
 */
public final class PlanRenderCpu {

    private PlanRenderCpu() {}

    public static void main(String[] args) throws java.io.IOException {
        int datasets = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        SyntheticJson json = new SyntheticJson(datasets);
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults());
        Inputs inputs = InputReader.read("descriptor.json", json.descriptor, "request.json", json.request);
        JobRenderer oneThread = new JobRenderer(TemplateSource.shipped(), new PolicyLintGate());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String mode : List.of("render thread", "one thread")) {
            long[] cpu = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = threads.getCurrentThreadCpuTime();
                if (mode.equals("render thread")) {
                    zdeploy.render(zdeploy.plan(inputs));
                } else {
                    DeploymentPlan plan = zdeploy.plan(inputs);
                    List<RenderedJob> members = new ArrayList<>();
                    oneThread.render(plan, JobPlanner.jobs(plan), members::add);
                    zdeploy.manifest(plan);
                }
                cpu[i] = threads.getCurrentThreadCpuTime() - start;
            }
            long[] warm = Arrays.copyOfRange(cpu, iterations / 2, iterations);
            Arrays.sort(warm);
            double best = warm[0] / 1e3 / datasets;
            double median = warm[warm.length / 2] / 1e3 / datasets;
            System.out.printf(Locale.ROOT, "%,d data sets, %s: best %.2f us per data set (%,.0f/s), median %.2f us%n",
                    datasets, mode, best, 1e6 / best, median);
        }
    }
}
