package dev.zdeploy.bench;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every stage of a render, each alone, on the built-in example grown to 1,000 to 1,000,000 data sets
 * ({@link SyntheticJson}): read (JSON text to checked inputs), plan, render (jobs through the lint
 * gate), plan and render together (every member and the manifest held, as {@code ZDeploy.render} returns
 * them), plan and stream (the same, each member handed on as it is made), manifest (streamed to a sink)
 * and write (a fresh PDS-style directory). The time per data set is the score divided by
 * {@code datasets}; its growth from 1k to 1M says whether a stage is linear.
 * From the project directory (the README's "Benchmarks" section):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main PipelineBenchmark \
 *   -f 1 -wi 3 -i 5 -p datasets=1000,10000,100000
 * </pre>
 *
 * 1,000,000 data sets need a larger heap for the inputs held between stages: add {@code -jvmArgs -Xmx12g}
 * (the render stage at 1M holds every member; 6g runs out of memory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int datasets;

    private final ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults());
    private SyntheticJson json;
    private Inputs inputs;
    private DeploymentPlan plan;
    private Deployment deployment;
    private Path scratch;
    private int written;

    @Setup
    public void setUp() throws IOException {
        json = new SyntheticJson(datasets);
        inputs = read();
        plan = zdeploy.plan(inputs);
        deployment = zdeploy.render(plan);
        scratch = Files.createTempDirectory("zdeploy-bench");
    }

    @TearDown(Level.Iteration)
    public void removeWritten() throws IOException {
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(scratch)).forEach(path -> path.toFile().delete());
        }
    }

    @TearDown
    public void removeScratch() throws IOException {
        removeWritten();
        Files.deleteIfExists(scratch);
    }

    @Benchmark
    public Inputs read() {
        return InputReader.read("descriptor.json", json.descriptor, "request.json", json.request);
    }

    @Benchmark
    public DeploymentPlan plan() {
        return zdeploy.plan(inputs);
    }

    /**
     * Rendering alone, of one plan made in set-up: what the plan computes once on first use (its zone
     * DDDEF lists, VTOC checks, copy groups) is not paid again here; {@link #planAndRender} pays it.
     */
    @Benchmark
    public Deployment render() {
        return zdeploy.render(plan);
    }

    /** What a library or service caller does per request, inputs read: the "in-process plan+render". */
    @Benchmark
    public Deployment planAndRender() {
        return zdeploy.render(zdeploy.plan(inputs));
    }

    /**
     * The same work handed on as it is made ({@code ZDeploy.render(plan, sink, manifest)}): each member to
     * the blackhole once its gate passed, the manifest counted as it is written, from its own thread.
     * Nothing of the deployment is held, so the time per data set is not that of a heap filling up with
     * gigabytes of members: what a service or a caller streaming the members pays.
     */
    @Benchmark
    public long planAndStream(Blackhole sink) throws IOException {
        CharCount manifest = new CharCount();
        zdeploy.render(zdeploy.plan(inputs), job -> sink.consume(job.text()), manifest);
        return manifest.count;
    }

    /** Counts what is written to it: the manifest's writer, used from the manifest's own thread. */
    private static final class CharCount extends java.io.Writer {
        private long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Benchmark
    public void manifest(Blackhole sink) throws IOException {
        zdeploy.writeManifest(plan, new BlackholeWriter(sink));
    }

    @Benchmark
    public WriteReport write() throws IOException {
        return zdeploy.write(deployment, scratch.resolve("out" + written++));
    }
}
