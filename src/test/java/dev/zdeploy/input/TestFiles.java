package dev.zdeploy.input;

import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test inputs under src/test/resources, and the problem lines reading them gives. */
final class TestFiles {

    private TestFiles() {}

    static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String textOrNull(Path file) {
        return Files.exists(file) ? text(file) : null;
    }

    static List<String> subdirectories(String name) {
        try (Stream<Path> entries = Files.list(resource(name))) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem line (warnings too) that reading the case directory's inputs gives. */
    static List<String> problemLines(Path dir) {
        String inventory = textOrNull(dir.resolve("inventory.json"));
        try {
            Inputs inputs = InputReader.read(
                    "descriptor.json", text(dir.resolve("descriptor.json")),
                    "request.json", text(dir.resolve("request.json")),
                    inventory == null ? null : "inventory.json", inventory);
            return inputs.warnings().stream().map(Problem::format).toList();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }
}
