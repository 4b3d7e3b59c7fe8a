package dev.zdeploy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The independent output-policy checker {@code jclcheck}, kept in {@code shared/bin} beside the
 * repository (a Python script). Tests that use it are skipped where it, or python3, is not here.
 */
public final class Jclcheck {

    /** What one run printed and its exit status (0 clean, 1 problems). */
    public record Result(int exitCode, String output) {
        public List<String> lines() {
            return output.lines().toList();
        }
    }

    private Jclcheck() {}

    /** Runs jclcheck on {@code paths}; empty when it cannot run here. */
    public static Optional<Result> run(Path... paths) throws IOException, InterruptedException {
        Optional<Path> program = program();
        if (program.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of("python3", program.get().toString()));
        for (Path path : paths) {
            command.add(path.toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            return Optional.empty();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("jclcheck did not end within 120 seconds");
        }
        return Optional.of(new Result(process.exitValue(), output));
    }

    /** The script: {@code ../shared/bin/jclcheck} from the project directory, or the workplace's copy. */
    public static Optional<Path> program() {
        List<Path> candidates = new ArrayList<>();
        String projectDir = System.getProperty("zdeploy.project.dir");
        if (projectDir != null) {
            candidates.add(Path.of(projectDir).resolve("../shared/bin/jclcheck").normalize());
        }
        candidates.add(Path.of("/work/shared/bin/jclcheck"));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
