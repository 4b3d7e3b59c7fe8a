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
 * gate), plan and render together (every member held, as {@code ZDeploy.render} returns them, and the
 * manifest written after them), plan and stream (the same, each member handed on as it is made), manifest
 * (streamed to a sink) and write (a fresh PDS-style directory). The time per data set is the score divided by
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
 *
 * <p>Each benchmark keeps alive only what it needs ({@link Read}, {@link Planned}, {@link Rendered}).
 * The collector matters past the processor cache: {@code bin/zdeploy} runs the CLI, the background JVM
 * and {@code serve} with the serial collector ({@code -XX:+UseSerialGC}), and the README's figures are
 * given for it and for the JVM's default (G1), each with the command that measured it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

    /**
     * The inputs, read once: all that read, plan, plan+render and plan+stream keep between operations.
     * What a benchmark keeps alive is on the heap the collector works over at every collection: at a
     * million data sets a held plan is 330 MB and a held deployment about 1.6 GB, and when every benchmark
     * kept both (as this class did), a full collection during {@link #planAndRender} marked and moved them
     * too, which made the held render look 30% dearer per data set than at a thousand (issue 13).
     */
    @State(Scope.Benchmark)
    public static class Read {

        @Param({"1000", "10000", "100000", "1000000"})
        public int datasets;

        final ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults());
        SyntheticJson json;
        Inputs inputs;

        @Setup
        public void setUp() {
            json = new SyntheticJson(datasets);
            inputs = PipelineBenchmark.read(json);
        }
    }

    /** A plan made once, for the stages after planning (render and manifest). */
    @State(Scope.Benchmark)
    public static class Planned {

        @Param({"1000", "10000", "100000", "1000000"})
        public int datasets;

        final ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults());
        DeploymentPlan plan;

        @Setup
        public void setUp() {
            plan = zdeploy.plan(PipelineBenchmark.read(new SyntheticJson(datasets)));
        }
    }

    /** A deployment rendered once, and the scratch directory it is written to. */
    @State(Scope.Benchmark)
    public static class Rendered {

        @Param({"1000", "10000", "100000", "1000000"})
        public int datasets;

        final ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults());
        Deployment deployment;
        Path scratch;
        int written;

        @Setup
        public void setUp() throws IOException {
            deployment = zdeploy.render(zdeploy.plan(PipelineBenchmark.read(new SyntheticJson(datasets))));
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
    }

    static Inputs read(SyntheticJson json) {
        return InputReader.read("descriptor.json", json.descriptor, "request.json", json.request);
    }

    @Benchmark
    public Inputs read(Read state) {
        return read(state.json);
    }

    @Benchmark
    public DeploymentPlan plan(Read state) {
        return state.zdeploy.plan(state.inputs);
    }

    /**
     * Rendering alone, of one plan made in set-up: what the plan computes once on first use (its zone
     * DDDEF lists, VTOC checks, copy groups) is not paid again here; {@link #planAndRender} pays it.
     */
    @Benchmark
    public Deployment render(Planned state) {
        return state.zdeploy.render(state.plan);
    }

    /**
     * What a library or service caller does per request, inputs read: the "in-process plan+render".
     * Every member is held; the manifest, which a deployment makes from its plan when asked, is written
     * (counted) after the members, so that this does the same work as {@link #planAndStream}.
     */
    @Benchmark
    public Deployment planAndRender(Read state) {
        Deployment deployment = state.zdeploy.render(state.zdeploy.plan(state.inputs));
        CharCount manifest = new CharCount();
        deployment.writeManifest(manifest);
        if (manifest.count == 0) {
            throw new IllegalStateException("no manifest");
        }
        return deployment;
    }

    /**
     * The same work handed on as it is made ({@code ZDeploy.render(plan, sink, manifest)}): each member to
     * the blackhole once its gate passed, the manifest counted as it is written, from its own thread.
     * Nothing of the deployment is held, so the time per data set is not that of a heap filling up with
     * gigabytes of members: what a service or a caller streaming the members pays.
     */
    @Benchmark
    public long planAndStream(Read state, Blackhole sink) throws IOException {
        CharCount manifest = new CharCount();
        state.zdeploy.render(state.zdeploy.plan(state.inputs), job -> sink.consume(job.text()), manifest);
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
    public void manifest(Planned state, Blackhole sink) throws IOException {
        state.zdeploy.writeManifest(state.plan, new BlackholeWriter(sink));
    }

    @Benchmark
    public WriteReport write(Rendered state) throws IOException {
        return state.zdeploy.write(state.deployment, state.scratch.resolve("out" + state.written++));
    }
}
