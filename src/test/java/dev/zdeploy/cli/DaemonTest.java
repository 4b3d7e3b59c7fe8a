package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The background JVM against direct runs, each client and daemon a process of its own: the same bytes
 * (members, manifest, standard output and error, exit status), relative paths in the client's directory,
 * concurrent clients, a dead daemon's socket, a rebuilt jar, a daemon killed mid-run, what never goes to
 * a daemon, and an unsafe daemon directory. Each test has its own directories and daemons, so they run
 * side by side: they mostly wait for the JVMs they start.
 */
@DisabledOnOs(OS.WINDOWS)
class DaemonTest {

    @TempDir
    Path dir;
    private DaemonFixture daemons;
    private Path work;

    @BeforeEach
    void fixture() throws Exception {
        daemons = new DaemonFixture(dir);
        work = Files.createDirectories(dir.resolve("work"));
    }

    @AfterEach
    void stopDaemons() {
        daemons.close();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRenderThroughTheDaemonWritesAndPrintsWhatADirectRunDoesAlsoForBadInputWithRelativePaths() throws Exception {
        DaemonFixture.Run direct = daemons.client(work, null, "render", "--out", "out");
        Map<String, String> directFiles = DaemonFixture.files(work.resolve("out"));
        assertEquals(0, direct.status(), direct.toString());
        delete(work.resolve("out"));

        // The first run with a daemon wanted runs the command itself and starts the daemon.
        DaemonFixture.Run first = daemons.client(work, "auto", "render", "--out", "out");
        assertSame(direct, first);
        assertEquals(directFiles, DaemonFixture.files(work.resolve("out")));
        String status = daemons.awaitDaemon();
        assertEquals(0, DaemonFixture.runs(status), status);
        delete(work.resolve("out"));

        DaemonFixture.Run served = daemons.client(work, "auto", "render", "--out", "out");

        assertEquals(1, DaemonFixture.runs(daemons.awaitDaemon()), "served by the daemon");
        assertSame(direct, served);
        assertEquals(directFiles, DaemonFixture.files(work.resolve("out")));
        assertFalse(daemons.log().contains("--out") || daemons.log().contains(work.getFileName().toString()),
                "no arguments or names in the log: " + daemons.log());

        // Bad input, named relative to the client's directory: exit 2, the same messages, nothing written.
        Files.writeString(work.resolve("request.json"), "{\"name\": \"x\", \"targetvolumes\": [{\"volume\": \"TOOLONGVOL\"}]}");
        Files.writeString(work.resolve("descriptor.json"), "{}");
        String[] bad = {"render", "--descriptor", "descriptor.json", "--request", "request.json", "--out", "bad"};
        DaemonFixture.Run directBad = daemons.client(work, null, bad);
        assertEquals(2, directBad.status(), directBad.toString());
        assertTrue(directBad.errText().contains("request.json /targetvolumes/0/volume"), directBad.toString());

        DaemonFixture.Run servedBad = daemons.client(work, "auto", bad);

        assertEquals(2, DaemonFixture.runs(daemons.awaitDaemon()), "served by the daemon");
        assertSame(directBad, servedBad);
        assertFalse(Files.exists(work.resolve("bad")), "nothing written");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void twoClientsAtOnceEachGetTheirOwnResult() throws Exception {
        DaemonFixture.Run direct = daemons.client(work, null, "render", "--out", "expected");
        startDaemon();
        daemons.awaitDaemon();

        Process one = daemons.start(work, "auto", new byte[0], "render", "--out", "one");
        Process two = daemons.start(work, "auto", new byte[0], "plan", "--json");
        DaemonFixture.Run first = DaemonFixture.finish(one);
        DaemonFixture.Run second = DaemonFixture.finish(two);

        assertEquals(new String(direct.out(), StandardCharsets.UTF_8).replace("expected", "one"),
                new String(first.out(), StandardCharsets.UTF_8), first.toString());
        assertEquals(0, first.status());
        assertEquals(DaemonFixture.files(work.resolve("expected")).keySet(), DaemonFixture.files(work.resolve("one")).keySet());
        Cli.Result plan = Cli.run("plan", "--json");
        assertEquals(plan.status() + plan.out() + plan.err(), second.status() + new String(second.out(), StandardCharsets.UTF_8)
                + second.errText());
        assertEquals(2, DaemonFixture.runs(daemons.awaitDaemon()), "both served by the daemon");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void twoFirstRunsAtOnceLeaveOneDaemon() throws Exception {
        Process one = daemons.start(work, "auto", new byte[0], "help");
        Process two = daemons.start(work, "auto", new byte[0], "help");
        assertEquals(0, DaemonFixture.finish(one).status());
        assertEquals(0, DaemonFixture.finish(two).status());
        long pid = DaemonFixture.pid(daemons.awaitDaemon());
        // Both clients may have started one; the one without the lock exits at once.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (daemonProcesses().size() > 1 && System.nanoTime() < deadline) {
            DaemonFixture.sleep(100);
        }

        assertEquals(List.of(pid), daemonProcesses());
        assertEquals(1, daemons.log().lines().filter(line -> line.contains(": started")).count(), daemons.log());
    }

    private List<Long> daemonProcesses() {
        return daemons.daemonProcesses().stream()
                .filter(process -> DaemonFixture.commandLine(process).contains(Daemon.class.getName() + " "))
                .map(ProcessHandle::pid).toList();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anIdleDaemonExitsAfterZdeployDaemonIdleMinutesAndRemovesItsSocket() throws Exception {
        daemons.env.put("ZDEPLOY_DAEMON_IDLE", "0.05");
        startDaemon();
        ProcessHandle daemon = ProcessHandle.of(DaemonFixture.pid(daemons.awaitDaemon())).orElseThrow();

        daemon.onExit().get(30, TimeUnit.SECONDS);

        assertTrue(daemons.log().contains(": exiting: idle for 3 s after 0 runs"), daemons.log());
        assertEquals(List.of(), DaemonQuery.sockets(daemons.daemons));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theSocketOfAKilledDaemonIsReplacedByANewDaemon() throws Exception {
        startDaemon();
        long killed = DaemonFixture.pid(daemons.awaitDaemon());
        ProcessHandle process = ProcessHandle.of(killed).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        List<Path> sockets = DaemonQuery.sockets(daemons.daemons);
        assertEquals(1, sockets.size(), "the dead daemon's socket is left: " + sockets);

        DaemonFixture.Run run = daemons.client(work, "auto", "validate");

        assertEquals(0, run.status(), run.toString());
        String status = daemons.awaitDaemon();
        assertNotEquals(killed, DaemonFixture.pid(status));
        assertEquals(sockets, DaemonQuery.sockets(daemons.daemons), "the same socket name, bound anew");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aChangedJarGetsANewDaemonAndTheOldOneExits() throws Exception {
        Path jar = dir.resolve("program.jar");
        Files.copy(daemons.programJar(), jar);
        daemons.jarClassPath = jar + daemons.jarClassPath.substring(daemons.jarClassPath.indexOf(File.pathSeparator));
        startDaemon();
        ProcessHandle old = ProcessHandle.of(DaemonFixture.pid(daemons.awaitDaemon())).orElseThrow();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        DaemonFixture.Run run = daemons.client(work, "auto", "validate");

        assertEquals(0, run.status(), run.toString());
        old.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(daemons.log().contains("exiting: the jar or the working directory changed"), daemons.log());
        assertNotEquals(old.pid(), DaemonFixture.pid(daemons.awaitDaemon()), "a new daemon for the new jar");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDaemonKilledMidRunIsExitThreeInOneLineAndNothingIsHalfWritten() throws Exception {
        // A site template for the last job that runs until stopped: the daemon is killed while the
        // earlier members are in the staging directory.
        Path templates = Files.createDirectories(work.resolve("site"));
        Files.writeString(templates.resolve("DA.ftl"), "<#list 1..2000000000 as i></#list>\n");
        startDaemon();
        ProcessHandle daemon = ProcessHandle.of(DaemonFixture.pid(daemons.awaitDaemon())).orElseThrow();

        Process client = daemons.start(work, "auto", new byte[0], "render", "--templates", "site", "--out", "out");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (staging().isEmpty() && System.nanoTime() < deadline && client.isAlive()) {
            DaemonFixture.sleep(10);
        }
        assertFalse(staging().isEmpty(), "the render was writing its staging directory");
        daemon.destroyForcibly();
        DaemonFixture.Run run = DaemonFixture.finish(client);

        assertEquals(3, run.status(), run.toString());
        assertEquals(DaemonClient.ENDED + "\n", run.errText());
        assertFalse(Files.exists(work.resolve("out")), "nothing half-written");
        DaemonFixture.Run again = daemons.client(work, null, "render", "--out", "out", "--quiet");
        assertEquals(0, again.status(), again.toString());
        assertTrue(staging().isEmpty(), "the next run cleared the staging directory");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aClientKilledMidRunLeavesTheDaemonToFinishAndTheDirectoryComplete() throws Exception {
        // The shipped DA after a loop of about half a second: the client is killed while the daemon writes.
        Path templates = Files.createDirectories(work.resolve("site"));
        Files.writeString(templates.resolve("DA.ftl"), "<#list 1..3000000 as i></#list>"
                + Files.readString(Cli.PROJECT.resolve("templates/DA.ftl")));
        DaemonFixture.Run direct = daemons.client(work, null, "render", "--templates", "site", "--out", "expected");
        assertEquals(0, direct.status(), direct.toString());
        startDaemon();
        daemons.awaitDaemon();

        Process client = daemons.start(work, "auto", new byte[0], "render", "--templates", "site", "--out", "out");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (staging().isEmpty() && System.nanoTime() < deadline && client.isAlive()) {
            DaemonFixture.sleep(5);
        }
        assertFalse(staging().isEmpty(), "the render was writing its staging directory");
        client.destroyForcibly();
        client.waitFor(30, TimeUnit.SECONDS);

        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!daemons.log().contains("run 1: ") && System.nanoTime() < deadline) {
            DaemonFixture.sleep(50);
        }
        assertTrue(daemons.log().contains("run 1: exit 0, "), daemons.log());
        assertTrue(daemons.log().contains(", client gone before the end"), daemons.log());
        assertEquals(DaemonFixture.files(work.resolve("expected")), DaemonFixture.files(work.resolve("out")));
        assertTrue(staging().isEmpty());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aClientWithAnotherUmaskIsNotServedByADaemonWithThisOne() throws Exception {
        startDaemon();
        daemons.awaitDaemon();

        daemons.umask = "0077";
        DaemonFixture.Run private077 = daemons.client(work, "auto", "render", "--out", "private", "--quiet");
        daemons.umask = "0022";
        DaemonFixture.Run shared022 = daemons.client(work, "auto", "render", "--out", "shared", "--quiet");

        assertEquals(0, private077.status(), private077.toString());
        assertEquals(0, shared022.status(), shared022.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("private/IZUD01RA"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("shared/IZUD01RA"))));
        long served = daemons.log().lines().filter(line -> line.contains(": run ")).count();
        assertEquals(1, served, "only the 022 client served by the 022 daemon: " + daemons.log());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDaemonOutOfMemoryAnswersExitThreeWithTheAdviceAndExits() throws Exception {
        daemons.daemonJvm = DaemonFixture.DAEMON_JVM + " -Xmx64m";
        // A site template that doubles a string until the heap is full.
        Path templates = Files.createDirectories(work.resolve("site"));
        Files.writeString(templates.resolve("DA.ftl"), "<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>\n");
        startDaemon();
        ProcessHandle daemon = ProcessHandle.of(DaemonFixture.pid(daemons.awaitDaemon())).orElseThrow();

        DaemonFixture.Run run = daemons.client(work, "auto", "render", "--templates", "site", "--out", "out");

        assertEquals(3, run.status(), run.toString());
        assertTrue(run.errText().startsWith("zdeploy: out of memory ("), run.toString());
        assertTrue(run.errText().contains("ZDEPLOY_JAVA_OPTS=-Xmx4g"), run.toString());
        assertEquals(1, run.errText().lines().count(), run.toString());
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
        daemon.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(daemons.log().contains("exiting: out of memory after 1 runs"), daemons.log());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void standardInputAndServeNeverGoToTheDaemon() throws Exception {
        startDaemon();
        daemons.awaitDaemon();
        byte[] request = Files.readAllBytes(Cli.GOLDEN.resolve("minimal-v1/request.json"));
        String descriptor = Cli.GOLDEN.resolve("minimal-v1/descriptor.json").toString();

        DaemonFixture.Run equalsForm = DaemonFixture.finish(daemons.start(work, "auto", request, "validate",
                "--descriptor=" + descriptor, "--request=-"));
        DaemonFixture.Run serveHelp = daemons.client(work, "auto", "serve", "--help");

        assertEquals(0, equalsForm.status(), equalsForm.toString());
        assertEquals(0, serveHelp.status(), serveHelp.toString());
        assertEquals(0, DaemonFixture.runs(daemons.awaitDaemon()), "none served by the daemon");
        assertFalse(DaemonClient.eligible(new String[] {"--debug", "serve", "--port", "0"}));
        assertFalse(DaemonClient.eligible(new String[] {"daemon", "stop"}));
        assertTrue(DaemonClient.eligible(new String[] {"render", "--out", "serve"}));
        assertFalse(DaemonClient.eligible(new String[] {"plan", "--descriptor", "/dev/fd/63"}));
        assertFalse(DaemonClient.eligible(new String[] {"plan", "--descriptor=/proc/self/fd/0"}));
        assertFalse(DaemonClient.eligible(new String[] {"@/dev/stdin"}));
        assertTrue(DaemonClient.eligible(new String[] {"lint", "dev/MEMBER", "--json"}));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDaemonDirectoryOthersCanReachIsRefusedAndTheCommandRunsDirectly() throws Exception {
        Files.setPosixFilePermissions(daemons.daemons, PosixFilePermissions.fromString("rwxr-xr-x"));
        Cli.Result direct = Cli.run("validate");

        DaemonFixture.Run quiet = daemons.client(work, "auto", "validate");
        DaemonFixture.Run told = daemons.client(work, "on", "validate");

        assertEquals(direct.status() + direct.out() + direct.err(), quiet.status() + new String(quiet.out(),
                StandardCharsets.UTF_8) + quiet.errText(), "the command ran, and nothing said: " + quiet);
        assertEquals(0, told.status(), told.toString());
        assertEquals("zdeploy: not using a background JVM: " + daemons.daemons
                + " is accessible to others (rwxr-xr-x; it must be rwx------)\n", told.errText());
        DaemonFixture.sleep(500);
        try (Stream<Path> files = Files.list(daemons.daemons)) {
            assertEquals(List.of(), files.toList(), "no daemon started");
        }
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, daemons.daemons);
        assertEquals(link + " is a symbolic link", DaemonDirectory.unsafe(link, true));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aConnectionFromAnotherUserIsRefusedByItsPeerCredentials() throws Exception {
        // Needs root (to be another user) and setpriv: the directory is opened up to let user nobody reach
        // the socket, so that only the daemon's own check of the peer's credentials stands in the way.
        Path python = Path.of("/usr/bin/python3");
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv"))
                && Files.isExecutable(python), "runs as root, with setpriv and /usr/bin/python3");
        startDaemon();
        daemons.awaitDaemon();
        Path socket = DaemonQuery.sockets(daemons.daemons).get(0);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(daemons.daemons, PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        String greeting = "import socket, sys; s = socket.socket(socket.AF_UNIX); s.settimeout(20); s.connect(sys.argv[1]);"
                + " print(repr(s.recv(4)))";

        String asNobody = output("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", python.toString(),
                "-c", greeting, socket.toString());
        String asOwner = output(python.toString(), "-c", greeting, socket.toString());

        assertEquals("b''\n", asNobody, "closed without a greeting");
        assertEquals("b'ZDD1'\n", asOwner);
        assertTrue(daemons.log().contains("refused a connection from user nobody"), daemons.log());
    }

    private static String output(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return output;
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDaemonDirectoryOwnedBySomeoneElseIsRefused() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "runs as root, who can give a directory away");
        Path theirs = Files.createDirectory(dir.resolve("theirs"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        assertEquals(null, DaemonDirectory.unsafe(theirs, false));

        Files.setOwner(theirs, theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        assertEquals(theirs + " belongs to nobody, not to root", DaemonDirectory.unsafe(theirs, true));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void daemonStatusAndStopSeeAndEndIt() throws Exception {
        assertEquals("no background JVM is running (" + daemons.daemons + ")\n",
                new String(daemons.client(work, null, "daemon", "status").out(), StandardCharsets.UTF_8));
        startDaemon();
        long pid = DaemonFixture.pid(daemons.awaitDaemon());

        // What `zdeploy daemon status` prints for each daemon.
        String text = daemons.awaitDaemon();
        DaemonFixture.Run stop = daemons.client(work, "auto", "daemon", "stop");

        assertTrue(text.startsWith("pid " + pid + ", since "), text);
        assertTrue(text.contains("  directory " + work.toRealPath() + "\n"), text);
        assertEquals("stopped pid " + pid + "\n", new String(stop.out(), StandardCharsets.UTF_8));
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        assertEquals(List.of(), DaemonQuery.sockets(daemons.daemons), "its socket removed");
    }

    /** A direct run that starts a daemon (a cheap one: help). */
    private void startDaemon() {
        daemons.client(work, "auto", "help");
    }

    private List<Path> staging() throws Exception {
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(path -> path.getFileName().toString().startsWith(".out.zdeploy-tmp-")).toList();
        }
    }

    private static void assertSame(DaemonFixture.Run expected, DaemonFixture.Run actual) {
        assertEquals(expected.toString(), actual.toString());
        assertArrayEquals(expected.out(), actual.out());
        assertArrayEquals(expected.err(), actual.err());
    }

    private static void delete(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
