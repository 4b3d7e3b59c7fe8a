package dev.zdeploy.bench;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.simulate.SimulationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Simulating the 400-data-set golden scenario ({@code golden/large-400}) against rendering it: the
 * simulation (initial state, every job, both comparisons) must cost no more than the render. Run
 * from the project directory and compare the two scores:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main SimulateBenchmark \
 *   -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulateBenchmark {

    private ZDeploy zdeploy;
    private Inputs inputs;
    private DeploymentPlan plan;
    private Deployment deployment;

    @Setup
    public void setUp() {
        Path scenario = Path.of(System.getProperty("zdeploy.project.dir", ".")).resolve("golden/large-400");
        zdeploy = ZDeploy.create();
        inputs = zdeploy.read(scenario.resolve("descriptor.json"), scenario.resolve("request.json"), null);
        plan = zdeploy.plan(inputs);
        deployment = zdeploy.render(plan);
    }

    @Benchmark
    public Deployment render() {
        return zdeploy.render(plan);
    }

    @Benchmark
    public SimulationReport simulate() {
        return zdeploy.simulate(inputs, deployment, null, List.of());
    }
}
