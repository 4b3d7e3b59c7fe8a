package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Out of memory anywhere is exit 3 with what to do, never a stack trace and exit 1 ("lint found problems"). */
class OutOfMemoryTest {

    /** Standard input that runs out of memory when read: the seam where a huge input would. */
    private static final InputStream EXHAUSTING = new InputStream() {
        @Override
        public int read() {
            throw new OutOfMemoryError("Java heap space");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            throw new OutOfMemoryError("Java heap space");
        }
    };

    @Test
    void runningOutOfMemoryWhileReadingIsExitThreeWithAdvice() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.execute(new String[] {"validate", "--descriptor", Cli.GOLDEN.resolve("minimal-v1/descriptor.json").toString(), "--request", "-"}, EXHAUSTING,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(3, status, err::toString);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("zdeploy: out of memory (Java heap space): give Java more heap, for example"
                + " ZDEPLOY_JAVA_OPTS=-Xmx4g with bin/zdeploy, or java -Xmx4g -jar zdeploy.jar ...; the limits on"
                + " inputs are in the README, \"Limits\"\n", err.toString(StandardCharsets.UTF_8));
    }
}
