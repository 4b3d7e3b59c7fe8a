package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request or inventory beyond its documented size is refused before it is read (exit 2); a stream
 * (standard input, a library caller's) is read up to its limit and refused there.
 */
class InputSizeLimitsTest {

    @TempDir
    Path dir;

    private Path sparse(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    /** Blanks without end: JSON whitespace, so only a limit can stop a reader. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };
    }

    @Test
    void aRequestWithoutEndOnStandardInputIsRefusedAtItsLimit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.execute(new String[] {"validate", "--descriptor",
                Cli.GOLDEN.resolve("minimal-v1/descriptor.json").toString(), "--request", "-"}, endless(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals("(standard input): the input holds more than 67,108,864 bytes; zdeploy reads requests of at most"
                + " 67,108,864 bytes (README, Limits)\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLibraryCallersStreamIsBoundedLikeAFile() throws IOException {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ZDeploy.create().read(
                Files.newInputStream(Cli.GOLDEN.resolve("minimal-v1/descriptor.json")), endless(), null));

        assertEquals(List.of("request.json: the input holds more than 67,108,864 bytes; zdeploy reads requests of at"
                + " most 67,108,864 bytes (README, Limits)"), refused.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aRequestOverSixtyFourMebibytesIsRefusedUnread() throws IOException {
        Path request = sparse("request.json", 64L * 1024 * 1024 + 1);

        Cli.Result result = Cli.run("validate", "--descriptor", Cli.GOLDEN.resolve("minimal-v1/descriptor.json").toString(),
                "--request", request.toString()).assertUserError(2);

        assertEquals(request + ": the file holds 67,108,865 bytes; zdeploy reads requests of at most 67,108,864 bytes"
                + " (README, Limits)\n", result.err());
    }

    @Test
    void anInventoryOverOneGibibyteIsRefusedUnread() throws IOException {
        Path inventory = sparse("inventory.json", 1024L * 1024 * 1024 + 1);

        Cli.Result result = Cli.run(Cli.args("validate", Cli.goldenInputs("minimal-v1"), "--inventory",
                inventory.toString())).assertUserError(2);

        assertEquals(inventory + ": the file holds 1,073,741,825 bytes; zdeploy reads inventories of at most"
                + " 1,073,741,824 bytes (README, Limits)\n", result.err());
    }
}
