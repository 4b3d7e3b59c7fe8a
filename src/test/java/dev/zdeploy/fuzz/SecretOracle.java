package dev.zdeploy.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zdeploy.cli.Main;
import dev.zdeploy.input.InputReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The oracle for passwords, by value: it runs every command on a request through the command line
 * and looks for the password's text in standard output, standard error, every file written (members,
 * manifest, deck) and any exception that escapes. It knows nothing of keys or masking.
 */
final class SecretOracle {

    private SecretOracle() {}

    /** Runs validate, plan, plan --json and render (both formats) and fails if {@code secret} shows anywhere. */
    static void assertNeverShown(String requestText, String secret) {
        Path dir;
        try {
            dir = Files.createTempDirectory("zdeploy-secret");
            Path descriptor = Files.writeString(dir.resolve("descriptor.json"), InputReader.exampleText("descriptor.json"));
            Path request = Files.writeString(dir.resolve("request.json"), requestText);
            String[] inputs = {"--descriptor", descriptor.toString(), "--request", request.toString()};
            List<String[]> commands = List.of(
                    concat(new String[] {"validate"}, inputs),
                    concat(new String[] {"plan"}, inputs),
                    concat(new String[] {"plan", "--json"}, inputs),
                    concat(new String[] {"render", "--out", dir.resolve("pds").toString()}, inputs),
                    concat(new String[] {"render", "--format", "iebupdte", "--out", dir.resolve("deck").toString()}, inputs),
                    new String[] {"validate", "--descriptor", request.toString(), "--request", descriptor.toString()});
            for (String[] command : commands) {
                String shown = run(command);
                assertFalse(shown.contains(secret), () -> "the password " + secret + " shows, running "
                        + String.join(" ", command) + " on\n" + requestText + "\n---\n" + shown);
            }
            String written = filesBelow(dir, List.of(descriptor, request));
            assertFalse(written.contains(secret), () -> "the password " + secret + " is written:\n" + written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delete(dir);
    }

    /** Everything a run shows: both streams, and an escaping exception with its stack. */
    private static String run(String[] command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter escaped = new StringWriter();
        try {
            Main.execute(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (RuntimeException | Error e) {
            e.printStackTrace(new PrintWriter(escaped));
        }
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8) + escaped;
    }

    private static String filesBelow(Path dir, List<Path> inputs) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(file -> !inputs.contains(file)).toList()) {
                all.append(file).append(":\n").append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(paths);
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] first, String[] rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
