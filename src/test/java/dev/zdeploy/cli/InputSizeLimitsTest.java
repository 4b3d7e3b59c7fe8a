package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request or inventory beyond its documented size is refused before it is read (exit 2). */
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
