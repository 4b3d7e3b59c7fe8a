package dev.zdeploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zdeploy lint reads what render writes for a large deployment: members past lint's old bounds (64 MiB,
 * 1,000,000 records) are linted to their end, clean as render checked them, and a problem planted after
 * the last record of the largest is found. About a minute: render of {@value #DATA_SETS} data sets.
 */
@Tag("long")
class LargeOutputLintTest {

    static final int DATA_SETS = 250_000;

    @TempDir
    Path dir;

    @Test
    void lintReadsRendersLargestMembersToTheirEnd() throws IOException {
        SyntheticInputs synthetic = new SyntheticInputs(DATA_SETS);
        ZDeploy zdeploy = ZDeploy.create();
        Path out = dir.resolve("out");
        zdeploy.renderTo(zdeploy.plan(new Inputs(synthetic.descriptor, synthetic.request, synthetic.inventory,
                List.of())), out);
        List<Path> members = Linter.members(out);
        Path largest = members.stream().max(Comparator.comparingLong(LargeOutputLintTest::size)).orElseThrow();
        long records = records(largest);
        assertTrue(size(largest) > 64L << 20 && records > 1_000_000, largest + ": " + size(largest) + " bytes, "
                + records + " records: not past lint's old bounds");

        assertEquals(List.of(), new Linter().lint(out), "render's output as render checked it");

        Files.writeString(largest, "//PLANTED  EXEC PGM=IDCAMS \n//SYSIN    DD *\n  DELETE PLANTED.NAME -\n/*\n",
                StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        String name = largest.getFileName().toString();
        assertEquals(List.of(name + ":" + (records + 1) + ":27: trailing-blank: trailing blanks",
                        name + ":" + (records + 3) + ":23: sysin-continuation: IDCAMS: the last command is continued,"
                                + " but no record follows"),
                new Linter().lint(out).stream().map(LintFinding::format).toList());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long records(Path file) throws IOException {
        long count = 0;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    count++;
                }
            }
        }
        return count;
    }
}
