package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A moved mount point whose SMP/E PATH value would have resumed in column 1 with {@code /*ROUTE} or
 * {@code ./} (an internal error, exit 3, before the writers chose their split points) renders, and the
 * deck it goes into passes lint.
 */
class ContinuationStartsThroughCliTest {

    private static final Path SCENARIO = Cli.GOLDEN.resolve("pswi-v9-zfs-moved-mountpoint");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"40,//*ROUTE", "41,//*ROUTE", "112,//*ROUTE", "113,//*ROUTE", "40,./", "41,./", "40,$$", "41,/*"})
    void aMountPointThatWouldPutAnEndOfDataInColumnOneRenders(int length, String pair) throws IOException {
        String mountPoint = "/srv/" + "a".repeat(length) + pair + "x";
        Path request = Files.writeString(dir.resolve("request.json"),
                Files.readString(SCENARIO.resolve("request.json")).replace("/srv/qwt/afxweb", mountPoint));
        Path out = dir.resolve("deck");

        Cli.run("render", "--descriptor", SCENARIO.resolve("descriptor.json").toString(), "--request",
                request.toString(), "--format", "iebupdte", "--out", out.toString()).assertOk();

        assertEquals(0, Cli.run("lint", out.toString()).status());
    }
}
