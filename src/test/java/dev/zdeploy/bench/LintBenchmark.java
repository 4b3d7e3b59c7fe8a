package dev.zdeploy.bench;

import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import dev.zdeploy.jcl.MemberBounds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lint of one member of {@code commands} IDCAMS records ({@link GeneratedMember}, 40 bytes each): read
 * as it is generated ({@code stream}, how {@code zdeploy lint} reads a file) and from a text in memory
 * ({@code text}, render's lint gate). The time per record is the score divided by {@code commands}; its
 * growth from 100,000 to 10,000,000 records (4 MB to 400 MB) says whether lint is linear; {@code -prof gc}
 * shows the allocation per record, none of it kept.
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main LintBenchmark \
 *   -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LintBenchmark {

    @Param({"100000", "1000000", "10000000"})
    public int commands;

    private final Linter linter = new Linter();
    private String text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) GeneratedMember.bytes(commands));
        new GeneratedMember(commands).transferTo(bytes);
        text = bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Benchmark
    public List<LintFinding> stream() throws IOException {
        return linter.lint("BIG", new GeneratedMember(commands), MemberBounds.LARGEST);
    }

    @Benchmark
    public List<LintFinding> text() {
        return linter.lint("BIG", text);
    }
}
