package dev.zdeploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A new daemon's warm-up: the commands a client most often sends (render, then lint, plan and validate of
 * the built-in example) run a few times, one per step, so that class loading and the JIT compilers' first
 * work are done before the first client needs them. Writes only into a private temporary directory
 * (mode 0700, made by the JDK), deleted at the end.
 */
final class DaemonWarmUp implements AutoCloseable {

    private final int total;
    private int done;
    private Path scratch;

    DaemonWarmUp(int total) {
        this.total = Math.max(0, total);
    }

    int total() {
        return total;
    }

    boolean done() {
        return done >= total;
    }

    /** One warm-up command. */
    void next() {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("zdeploy-warm-up");
            }
            String out = scratch.resolve("out").toString();
            String[] args = switch (done % 4) {
                case 1 -> new String[] {"lint", out};
                case 3 -> new String[] {"plan", "--json"};
                default -> new String[] {"render", "--out", out, "--force", "--quiet"};
            };
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            Main.execute(args, InputStream.nullInputStream(), nowhere, nowhere);
            done++;
        } catch (IOException | RuntimeException e) {
            // Warming is an optimization: without it the first clients are slower, not wrong.
            done = total;
        }
        if (done()) {
            close();
        }
    }

    @Override
    public void close() {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left in the temporary directory, for the system to clean.
        }
        scratch = null;
    }
}
