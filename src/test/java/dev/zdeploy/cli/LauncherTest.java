package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/zdeploy} against a fake JDK: a {@code java} script that logs its command line and, when
 * asked to make an archive, makes one (or fails, as told). What the launcher chooses for each JDK
 * version, when it trains, and how it falls back is checked without starting a JVM.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final Path LAUNCHER = Cli.PROJECT.resolve("bin/zdeploy");

    @TempDir
    Path dir;
    private Path jdk;
    private Path jar;
    private Path log;

    @BeforeEach
    void fakeJdkAndJar() throws IOException {
        jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        log = dir.resolve("java.log");
        // Logs one line per start; makes the archive an option names; fails when FAIL_TRAINING is set
        // and the run is a training run.
        String java = """
                #!/bin/sh
                echo "$*" >> "%s"
                for arg in "$@"; do
                    case $arg in
                        -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*|-XX:SharedArchiveFile=*/.training.*)
                            [ -n "${FAIL_TRAINING:-}" ] && exit 1
                            echo archive > "${arg#*=}" ;;
                    esac
                done
                exit 0
                """.formatted(log);
        Path javaBin = jdk.resolve("bin/java");
        Files.writeString(javaBin, java);
        Files.setPosixFilePermissions(javaBin, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = dir.resolve("lib/zdeploy.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not really a jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void jdk17TrainsOnceWithArchiveClassesAtExitThenSharesTheArchive() throws Exception {
        release("17.0.15");

        assertEquals(0, run(Map.of(), "render", "--out", "x"));
        List<String> first = starts();
        assertEquals(2, first.size(), first.toString());
        assertTrue(first.get(0).contains("-XX:ArchiveClassesAtExit=" + jar.getParent().resolve(".zdeploy-cds")),
                first.get(0));
        assertTrue(first.get(0).endsWith("-jar " + jar + " render --out " + outOf(first.get(0)) + " --quiet"), first.get(0));
        assertUses(first.get(1), "-XX:SharedArchiveFile=" + archive("jdk17", ".jsa"));
        assertTrue(first.get(1).endsWith("-jar " + jar + " render --out x"), first.get(1));

        assertEquals(0, run(Map.of(), "--version"));
        List<String> second = starts();
        assertEquals(3, second.size(), "no second training run: " + second);
        assertUses(second.get(2), "-XX:SharedArchiveFile=" + archive("jdk17", ".jsa"));
    }

    @Test
    void jdk21UsesAutoCreateSharedArchive() throws Exception {
        release("21.0.4");

        run(Map.of(), "--version");

        List<String> starts = starts();
        assertTrue(starts.get(0).contains("-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="), starts.get(0));
        assertUses(starts.get(1), "-XX:SharedArchiveFile=" + archive("jdk21", ".jsa"));
    }

    @Test
    void jdk25UsesAnAotCache() throws Exception {
        release("25.0.3");

        run(Map.of(), "--version");

        List<String> starts = starts();
        assertTrue(starts.get(0).contains("-XX:AOTCacheOutput="), starts.get(0));
        assertFalse(starts.get(0).contains("-Xshare"), "AOTCacheOutput refuses any -Xshare: " + starts.get(0));
        assertUses(starts.get(1), "-XX:AOTCache=" + archive("jdk25", ".aot"));
    }

    @Test
    void aFailedTrainingRunsWithoutAnArchiveAndIsNotRepeatedUntilTheJarChanges() throws Exception {
        release("17.0.15");

        assertEquals(0, run(Map.of("FAIL_TRAINING", "1"), "--version"));
        assertEquals(0, run(Map.of("FAIL_TRAINING", "1"), "--version"));

        List<String> starts = starts();
        assertEquals(3, starts.size(), "one training run, two real runs: " + starts);
        assertFalse(starts.get(1).contains("SharedArchiveFile"), starts.get(1));
        assertFalse(starts.get(2).contains("SharedArchiveFile"), starts.get(2));
        assertTrue(starts.get(2).contains("-XX:TieredStopAtLevel=1"), starts.get(2));

        // A jar built after the failed attempt (and before this run).
        Path failed = Path.of(archive("jdk17", ".jsa") + ".failed");
        assertTrue(Files.exists(failed));
        Files.setLastModifiedTime(failed, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2025-06-01T00:00:00Z")));
        run(Map.of(), "--version");
        List<String> after = starts();
        assertTrue(after.get(3).contains("-XX:ArchiveClassesAtExit="), "a new jar trains again: " + after);
        assertUses(after.get(4), "-XX:SharedArchiveFile=" + archive("jdk17", ".jsa"));
    }

    @Test
    void anUnknownJdkRunsWithoutClassDataSharingAndOptionsItMayNotKnowAreIgnored() throws Exception {
        run(Map.of(), "--version");

        List<String> starts = starts();
        assertEquals(1, starts.size(), starts.toString());
        assertTrue(starts.get(0).startsWith("-XX:+IgnoreUnrecognizedVMOptions "), starts.get(0));
        assertFalse(starts.get(0).contains("Shared"), starts.get(0));
        assertTrue(starts.get(0).contains(" -Xms64m -Xmn32m -XX:MinHeapFreeRatio=20 "), "a heap that grows as needed: "
                + starts.get(0));
    }

    @Test
    void aLargeDescriptorGetsTheFullJitAndOptionsAndArgumentsPassThrough() throws Exception {
        release("17.0.15");
        Path small = dir.resolve("small.json");
        Files.writeString(small, "{}");
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[2 * 1024 * 1024 + 1]);
        Map<String, String> env = Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_FULL_JIT_MB", "2",
                "ZDEPLOY_JAVA_OPTS", "-Xmx2g");

        run(env, "plan", "--descriptor", small.toString(), "--request", "it's here.json");
        run(env, "plan", "--descriptor=" + large, "--json");

        List<String> starts = starts();
        assertEquals(2, starts.size(), "ZDEPLOY_CDS=off trains nothing: " + starts);
        assertTrue(starts.get(0).contains("-XX:TieredStopAtLevel=1 -Xmx2g -jar"), starts.get(0));
        assertTrue(starts.get(0).endsWith(" plan --descriptor " + small + " --request it's here.json"), starts.get(0));
        assertFalse(starts.get(1).contains("TieredStopAtLevel"), starts.get(1));
        assertFalse(starts.get(0).contains("-Xmn"), "ZDEPLOY_JAVA_OPTS sizes the heap: " + starts.get(0));
        assertTrue(starts.get(1).endsWith("-Xmx2g -jar " + jar + " plan --descriptor=" + large + " --json"),
                starts.get(1));
    }

    @Test
    void aShortRunAsksForTheBackgroundJvmWithTheHeapSettingsAndTheFullJit() throws Exception {
        release("17.0.15");

        run(Map.of("ZDEPLOY_CDS", "off"), "render", "--out", "x");
        run(Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_DAEMON", "on"), "--debug", "plan", "--json");

        List<String> starts = starts();
        assertTrue(starts.get(0).contains(" -XX:TieredStopAtLevel=1 -Dzdeploy.daemon=auto -Dzdeploy.daemon.jvm="
                + "-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -Xms64m -Xmn32m -XX:MinHeapFreeRatio=20  -D"),
                "the daemon's JVM: the launcher's options but the JIT limit: " + starts.get(0));
        assertTrue(starts.get(0).matches(".* -Dzdeploy\\.daemon\\.umask=0[0-7]{3} -jar .*"), "the umask: " + starts.get(0));
        assertTrue(starts.get(1).contains(" -Dzdeploy.daemon=on "), starts.get(1));
    }

    @Test
    void theBackgroundJvmKeepsTheClassDataSharingArchiveAndTheTrainingRunTrainsTheClientToo() throws Exception {
        release("17.0.15");

        run(Map.of(), "validate");

        List<String> starts = starts();
        assertTrue(starts.get(0).contains(" -Dzdeploy.daemon=train -jar "), starts.get(0));
        String archive = "-XX:SharedArchiveFile=" + archive("jdk17", ".jsa");
        assertTrue(starts.get(1).contains("-XX:MinHeapFreeRatio=20 -Xlog:cds=off -Xlog:cds+dynamic=off " + archive
                + " -Dzdeploy.daemon.umask="), starts.get(1));
    }

    @Test
    void noBackgroundJvmWhenTurnedOffOrForStandardInputOwnFilesServeDaemonOwnOptionsOrALongRun() throws Exception {
        release("17.0.15");
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[2 * 1024 * 1024 + 1]);
        Map<String, String> env = Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_FULL_JIT_MB", "2");

        run(Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_DAEMON", "off"), "render");
        run(env, "validate", "--descriptor", "d.json", "--request", "-");
        run(env, "validate", "--descriptor=d.json", "--request=-");
        run(env, "serve", "--port", "8080");
        run(env, "--debug", "daemon", "status");
        run(Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_JAVA_OPTS", "-Xmx2g"), "render");
        run(env, "render", "--descriptor", large.toString());
        run(Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_JIT", "full"), "render");
        run(env, "plan", "--descriptor", "/dev/fd/63", "--request", "r.json");
        run(env, "plan", "--descriptor=/proc/self/fd/0", "--request", "r.json");
        run(env, "@args.txt");
        run(env, "render", "--out", "serve");

        List<String> starts = starts();
        assertEquals(12, starts.size(), starts.toString());
        for (String start : starts.subList(0, 11)) {
            assertFalse(start.contains("zdeploy.daemon"), start);
        }
        assertTrue(starts.get(11).contains("-Dzdeploy.daemon=auto"), "serve as a value is no command: " + starts.get(11));
    }

    @Test
    void serveGetsTheFullJitAndTheJvmsHeapSizingWithTheSerialCollector() throws Exception {
        release("17.0.15");
        Map<String, String> env = Map.of("ZDEPLOY_CDS", "off");

        run(env, "serve", "--port", "8080", "--instances", "serve");
        run(env, "--debug", "serve");
        run(env, "render", "--out", "serve");
        run(Map.of("ZDEPLOY_CDS", "off", "ZDEPLOY_JIT", "c1"), "serve");

        List<String> starts = starts();
        assertEquals(4, starts.size(), starts.toString());
        for (String start : starts.subList(0, 2)) {
            assertTrue(start.startsWith("-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -jar "), start);
        }
        assertTrue(starts.get(2).contains("-Xmn32m") && starts.get(2).contains("-XX:TieredStopAtLevel=1"),
                "serve as a value is no command: " + starts.get(2));
        assertTrue(starts.get(3).contains("-XX:TieredStopAtLevel=1"), "ZDEPLOY_JIT decides: " + starts.get(3));
    }

    @Test
    void aMissingJarSaysHowToBuildIt() throws Exception {
        Files.delete(jar);

        assertEquals(2, run(Map.of(), "--version"));

        assertFalse(Files.exists(log), "no JVM started");
        assertTrue(Files.readString(dir.resolve("stderr")).contains("mvn -B -q package -DskipTests"));
    }

    private void release(String version) throws IOException {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }

    private Path archive(String feature, String extension) {
        return jar.getParent().resolve(".zdeploy-cds/zdeploy-" + feature + "-jdk" + extension);
    }

    private static void assertUses(String start, String option) {
        assertTrue(start.contains(option), start);
        assertTrue(start.contains("-XX:TieredStopAtLevel=1"), start);
        assertTrue(start.contains("-XX:+UseSerialGC"), start);
    }

    private static String outOf(String start) {
        String[] words = start.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals("--out")) {
                return words[i + 1];
            }
        }
        return "";
    }

    private List<String> starts() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private int run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ZDEPLOY_") || key.equals("XDG_CACHE_HOME"));
        // The fake JVM starts no daemon; a real one would use this private directory.
        builder.environment().put("ZDEPLOY_DAEMON_DIR", dir.resolve("daemons").toString());
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("ZDEPLOY_JAR", jar.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher finishes");
        return process.exitValue();
    }
}
