package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Clients and daemons in processes of their own, as bin/zdeploy runs them, with a private daemon
 * directory ({@code ZDEPLOY_DAEMON_DIR}). A daemon serves only a class path of files (a directory on it
 * can change unseen), so the classes under test are packed into a jar once per test JVM. Every daemon
 * that logged to the directory is killed by {@link #close}.
 */
final class DaemonFixture implements AutoCloseable {

    /** Cheap JVMs: a test needs correctness, not the daemon's full JIT or warm-up. */
    static final String DAEMON_JVM = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Dzdeploy.daemon.warmups=0";

    private static String classPath;

    final Path dir;
    final Path daemons;
    String jarClassPath;
    String daemonJvm = DAEMON_JVM;
    String umask = "0022";
    /** More environment for clients (and so for the daemons they start). */
    final Map<String, String> env = new LinkedHashMap<>();

    /** Exit status and both streams of one client process. */
    record Run(int status, byte[] out, byte[] err) {
        String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + new String(out, StandardCharsets.UTF_8) + "--- stderr\n"
                    + errText();
        }
    }

    DaemonFixture(Path dir) throws IOException {
        this.dir = dir;
        this.daemons = dir.resolve("daemons");
        Files.createDirectories(daemons);
        Files.setPosixFilePermissions(daemons, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        this.jarClassPath = classPath();
    }

    /** The main classes as one jar, and the dependencies' jars. */
    static synchronized String classPath() throws IOException {
        if (classPath == null) {
            Path classes = Cli.PROJECT.resolve("target/classes");
            Path jar = Files.createTempFile("zdeploy-daemon-test", ".jar");
            jar.toFile().deleteOnExit();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            StringBuilder path = new StringBuilder(jar.toString());
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                    path.append(File.pathSeparator).append(entry);
                }
            }
            classPath = path.toString();
        }
        return classPath;
    }

    /** The first jar on the class path: the program's identity. */
    Path programJar() {
        return Path.of(jarClassPath.split(File.pathSeparator)[0]);
    }

    /** A client (-Dzdeploy.daemon=MODE, or none when null) in {@code cwd}, standard input empty. */
    Run client(Path cwd, String mode, String... args) {
        return finish(start(cwd, mode, new byte[0], args));
    }

    Process start(Path cwd, String mode, byte[] in, String... args) {
        // With the umask given, as bin/zdeploy passes it.
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask " + umask + "; exec \"$@\"", "sh",
                java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        if (mode != null) {
            command.add("-Dzdeploy.daemon=" + mode);
            command.add("-Dzdeploy.daemon.jvm=" + daemonJvm);
            command.add("-D" + DaemonKey.UMASK + "=" + umask);
        }
        command.addAll(List.of("-cp", jarClassPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ZDEPLOY_"));
        builder.environment().put("ZDEPLOY_DAEMON_DIR", daemons.toString());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(in);
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run finish(Process process) {
        try {
            // Read both streams to their end: they end only when no process holds them (a daemon holding
            // the client's pipes would hang this).
            var err = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread reader = new Thread(() -> {
                try {
                    err.complete(process.getErrorStream().readAllBytes());
                } catch (IOException e) {
                    err.completeExceptionally(e);
                }
            });
            reader.start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] errBytes = err.get(120, TimeUnit.SECONDS);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the client ends");
            return new Run(process.exitValue(), out, errBytes);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a daemon to answer in the directory; its status text. */
    String awaitDaemon() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<String> status = status();
            if (status.isPresent()) {
                return status.get();
            }
            sleep(100);
        }
        return fail("no daemon answered in " + daemons + "; log:\n" + log());
    }

    /** The first daemon's status, if one answers. */
    Optional<String> status() {
        try {
            return DaemonQuery.each(daemons, DaemonProtocol.STATUS).stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long pid(String status) {
        Matcher matcher = Pattern.compile("^pid (\\d+),").matcher(status);
        assertTrue(matcher.find(), status);
        return Long.parseLong(matcher.group(1));
    }

    static int runs(String status) {
        Matcher matcher = Pattern.compile(", (\\d+) runs,").matcher(status);
        assertTrue(matcher.find(), status);
        return Integer.parseInt(matcher.group(1));
    }

    String log() {
        try {
            Path log = DaemonClient.log(daemons);
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} (relative path to bytes); directories as empty entries. */
    static Map<String, String> files(Path root) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : Cli.tree(root)) {
            Path file = root.resolve(path);
            try {
                files.put(path, Files.isDirectory(file) ? "" : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The live processes whose command line names this daemon directory (daemons, and shells starting one). */
    List<ProcessHandle> daemonProcesses() {
        return ProcessHandle.allProcesses().filter(process -> commandLine(process).contains(" " + daemons + " ")).toList();
    }

    /**
     * A process's command line: from /proc where there is one, since the JDK's is cut at 4,096 characters
     * and a daemon's (with the test class path) is longer.
     */
    static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return process.info().commandLine().orElse("");
        }
    }

    /**
     * Kills every daemon of this directory, also those a failed test left running: every process whose
     * command line names the directory (a daemon is started as {@code ... Daemon DIR NAME}, through
     * setsid when there is one).
     */
    @Override
    public void close() {
        // Again after killing some: a client may have been starting one (through setsid) meanwhile.
        for (int pass = 0; pass < 3; pass++) {
            List<ProcessHandle> left = daemonProcesses();
            if (left.isEmpty()) {
                return;
            }
            left.forEach(ProcessHandle::destroyForcibly);
            left.forEach(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            sleep(100);
        }
    }
}
