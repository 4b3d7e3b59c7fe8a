package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {

    /** Where the repository is (surefire passes it; the working directory otherwise). */
    static final Path PROJECT = Path.of(System.getProperty("zdeploy.project.dir", ".")).toAbsolutePath();
    static final Path GOLDEN = PROJECT.resolve("golden");

    /** The jobs section of the built-in example, as {@code render} and {@code plan} print it. */
    static final String EXAMPLE_JOBS = """

            Jobs, in run order
              IZUD01RA  do not submit  RACF definitions: add groups and data set profiles for the new data set
                                       prefixes
              IZUD02PF  submit         Pre-flight checks: catalog names, target volumes and authorities;
                                       changes nothing
              IZUD03CP  submit         Copy data sets: new master catalog, temporary alias, DFSMSdss copy to
                                       temporary names
              IZUD04RN  submit         Rename data sets: temporary to final names, data set aliases, CSI paths,
                                       indirect entries
              IZUD05UC  submit         Update CSI data sets: zone index, zone names and DDDEF entries
              IZUD06VF  submit         Verify the target: list its catalog entries and SMP/E zone index and
                                       DDDEFs
              IZUD07DA  do not submit  Delete temporary aliases and disconnect the new master catalog
            """;

    private Cli() {}

    /** Exit status and both streams of one run. */
    record Result(int status, String out, String err) {

        /** A user's error: the status, nothing on stdout, and no stack trace or exception name on stderr. */
        Result assertUserError(int expected) {
            assertEquals(expected, status, this::toString);
            assertNoStackTrace();
            return this;
        }

        Result assertOk() {
            assertEquals(0, status, this::toString);
            assertEquals("", err, this::toString);
            return this;
        }

        /** Success; standard error holds warnings at most. */
        Result assertOkWithWarnings() {
            assertEquals(0, status, this::toString);
            err.lines().forEach(line -> assertTrue(line.startsWith("warning: "), this::toString));
            return this;
        }

        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
            assertFalse(out.contains("\tat ") || out.contains("Exception"), out);
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    /** A run whose standard input holds {@code in}. */
    static Result runWithInput(byte[] in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new ByteArrayInputStream(in), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The arguments naming a golden scenario's inputs. */
    static String[] goldenInputs(String scenario) {
        Path dir = GOLDEN.resolve(scenario);
        Path inventory = dir.resolve("inventory.json");
        return Files.exists(inventory)
                ? new String[] {"--descriptor", dir.resolve("descriptor.json").toString(), "--request",
                        dir.resolve("request.json").toString(), "--inventory", inventory.toString()}
                : new String[] {"--descriptor", dir.resolve("descriptor.json").toString(), "--request",
                        dir.resolve("request.json").toString()};
    }

    static String[] args(String[] first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    static String[] args(String command, String[] inputs, String... rest) {
        return args(args(new String[] {command}, inputs), rest);
    }

    /** Every path below {@code root}, relative, sorted; directories end in '/'. */
    static List<String> tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root))
                    .map(path -> root.relativize(path) + (Files.isDirectory(path) ? "/" : "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
