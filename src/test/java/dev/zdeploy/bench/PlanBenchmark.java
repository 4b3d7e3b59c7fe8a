package dev.zdeploy.bench;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanBuilder;
import dev.zdeploy.plan.PlanJson;
import dev.zdeploy.plan.PlanReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning synthetic descriptors of 1,000 and 100,000 data sets (with an inventory of as many
 * data sets), and writing the plan as JSON and as text. Run from the project directory:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main PlanBenchmark \
 *   -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBenchmark {

    @Param({"1000", "100000"})
    public int datasets;

    private SyntheticInputs inputs;
    private DeploymentPlan plan;

    @Setup
    public void setUp() {
        inputs = new SyntheticInputs(datasets);
        plan = PlanBuilder.build(inputs.descriptor, inputs.request, inputs.inventory);
    }

    @Benchmark
    public DeploymentPlan build() {
        return PlanBuilder.build(inputs.descriptor, inputs.request, inputs.inventory);
    }

    @Benchmark
    public String json() {
        return PlanJson.write(plan, List.of());
    }

    @Benchmark
    public String report() {
        return PlanReport.text(plan);
    }
}
