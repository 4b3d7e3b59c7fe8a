package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No control character from an input reaches the terminal: messages show escapes. */
class TerminalSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aSourceNameHoldingAnEscapeSequenceIsRefusedAndShownEscaped() throws IOException {
        Path scenario = Cli.GOLDEN.resolve("minimal-v1");
        String request = Files.readString(scenario.resolve("request.json"));
        String name = request.replaceAll("(?s).*\"source\"\\s*:\\s*\\{[^}]*\"name\"\\s*:\\s*\"([^\"]*)\".*", "$1");
        Path hostile = Files.writeString(dir.resolve("request.json"),
                request.replace("\"name\": \"" + name + "\"", "\"name\": \"" + name + "\\u001b[2J\\u0007\""));

        Cli.Result result = Cli.run("validate", "--descriptor", scenario.resolve("descriptor.json").toString(),
                "--request", hostile.toString()).assertUserError(2);

        assertFalse(result.err().chars().anyMatch(c -> c == 0x1b || c == 0x07), result.err());
        assertEquals(true, result.err().contains(name + "\\u001b[2J\\u0007"), result.err());
    }

    @Test
    void whateverAMessageQuotesTheWriterEscapesEveryControlCharacterButLineFeedAndTab() throws IOException {
        StringWriter out = new StringWriter();
        try (TerminalSafeWriter writer = new TerminalSafeWriter(out)) {
            writer.write("a\u001b[31mb\u0007\tc\r\u009b\u007f\n");
        }

        assertEquals("a\\u001b[31mb\\u0007\tc\\r\\u009b\\u007f\n", out.toString());
    }
}
