package dev.zdeploy.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The background JVM: serves the command lines of clients running the same program, JDK and working
 * directory ({@link DaemonKey}), one at a time, each exactly as {@link Main#execute} runs it in a client.
 * Started by {@link DaemonStarter}; {@code java -cp zdeploy.jar dev.zdeploy.cli.Daemon DIR NAME}.
 *
 * <ul>
 * <li>One per key: the lock file {@code NAME.lock}, held while it lives (the operating system releases it
 *     when the process ends, even by kill -9), decides which of two starting daemons serves; the other
 *     exits. The lock holder removes a dead daemon's socket and binds its own.
 * <li>Binds first, then warms itself between clients (renders of the built-in example), so that a client
 *     arriving meanwhile waits for at most one warm-up render.
 * <li>One command at a time: commands share the JVM's System.out and System.err, which each run gets.
 * <li>Exits after ZDEPLOY_DAEMON_IDLE minutes (default 15) without a command; when its jar (or working
 *     directory) changed, checked before every command and every two seconds, so that a rebuilt jar is
 *     never half-loaded; after an out-of-memory error; when its socket was removed; on {@code zdeploy
 *     daemon stop}.
 * <li>Serves only its own user: the socket directory is private ({@link DaemonDirectory}), and each
 *     connection's peer credentials (SO_PEERCRED, where the platform has them) must be the directory
 *     owner's.
 * <li>Logs lifecycle lines only (start, exit and why, per command its exit status and time): never
 *     arguments or output.
 * </ul>
 */
public final class Daemon {

    private static final long POLL_MILLIS = 2_000;
    private static final long REQUEST_MILLIS = 10_000;
    private static final int DEFAULT_WARMUPS = 6;

    private final Path dir;
    private final String name;
    private final DaemonKey key;
    private final PrintStream log;
    private final Switch out = new Switch();
    private final Switch err = new Switch();
    private final long idleMillis;
    private final Instant started = Instant.now();
    private UserPrincipal owner;
    private Object socketId;
    private long lastUse = System.currentTimeMillis();
    private int runs;
    private String exitReason;

    private Daemon(Path dir, String name, DaemonKey key, PrintStream log) {
        this.dir = dir;
        this.name = name;
        this.key = key;
        this.log = log;
        this.idleMillis = idleMillis();
    }

    /** {@code DIR NAME}: serves on {@code DIR/NAME.sock}. */
    public static void main(String[] args) throws IOException {
        PrintStream log = System.err;
        Path dir = Path.of(args[0]);
        String name = args[1];
        DaemonKey key = DaemonKey.current();
        if (key == null || !key.name().equals(name)) {
            // The jar changed between the client's start and ours: this daemon would serve nobody.
            log(log, "not started: the program or directory changed since the client started it");
            return;
        }
        String unsafe = DaemonDirectory.unsafe(dir, false);
        if (unsafe != null) {
            log(log, "not started: " + unsafe);
            return;
        }
        Path lockPath = dir.resolve(name + ".lock");
        try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
                FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                // Another client started one at the same time, and that one serves.
                return;
            }
            // Bounded: every daemon appends; the one starting when it has grown past 1 MiB empties it.
            Path logFile = DaemonClient.log(dir);
            if (Files.size(logFile) > 1 << 20) {
                try (FileChannel truncate = FileChannel.open(logFile, StandardOpenOption.WRITE)) {
                    truncate.truncate(0);
                }
            }
            try {
                new Daemon(dir, name, key, log).serve();
            } finally {
                // Deleted while still locked: a daemon starting now either opened this file before (its
                // tryLock fails, it exits: no second daemon) or makes a new one.
                Files.deleteIfExists(lockPath);
            }
        }
        System.exit(0);
    }

    private void serve() throws IOException {
        Path socket = DaemonClient.socket(dir, name);
        owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        // We hold the lock, so a socket file here is a dead daemon's.
        Files.deleteIfExists(socket);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            server.bind(UnixDomainSocketAddress.of(socket), 64);
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            socketId = Files.readAttributes(socket, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino");
            log("started, idle limit " + idleMillis / 1000 + " s");
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(InputStream.nullInputStream());
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            DaemonWarmUp warmUp = new DaemonWarmUp(Integer.getInteger("zdeploy.daemon.warmups", DEFAULT_WARMUPS));
            while (exitReason == null) {
                boolean pending = (warmUp.done() ? selector.select(POLL_MILLIS) : selector.selectNow()) > 0;
                selector.selectedKeys().clear();
                SocketChannel client = pending ? server.accept() : null;
                if (client != null) {
                    handle(client);
                    lastUse = System.currentTimeMillis();
                } else if (!warmUp.done()) {
                    warmUp.next();
                    lastUse = System.currentTimeMillis();
                    if (warmUp.done()) {
                        log("warmed up: " + warmUp.total() + " commands in " + (lastUse - started.toEpochMilli()) + " ms");
                    }
                } else {
                    exitReason = reasonToExit();
                }
            }
            warmUp.close();
        } finally {
            removeSocket(socket);
            log("exiting: " + (exitReason == null ? "failed" : exitReason) + " after " + runs + " runs");
        }
    }

    /** Why to exit now, or null. */
    private String reasonToExit() {
        if (System.currentTimeMillis() - lastUse >= idleMillis) {
            return "idle for " + idleMillis / 1000 + " s";
        }
        if (!key.equals(DaemonKey.current())) {
            return "the jar or the working directory changed";
        }
        if (!socketIsOurs()) {
            return "its socket was removed";
        }
        return null;
    }

    private void handle(SocketChannel client) {
        try (client) {
            client.configureBlocking(true);
            if (!sameUser(client)) {
                return;
            }
            DaemonProtocol.writeFully(client, ByteBuffer.wrap(DaemonProtocol.GREETING));
            DaemonProtocol.Deadline deadline = new DaemonProtocol.Deadline(client, REQUEST_MILLIS);
            byte kind;
            String requestKey = null;
            String[] args = null;
            try {
                kind = DaemonProtocol.readByte(client);
                if (kind == DaemonProtocol.RUN) {
                    requestKey = DaemonProtocol.readString(client);
                    args = readArguments(client);
                }
            } finally {
                deadline.cancel();
            }
            if (!client.isOpen()) {
                return;
            }
            if (kind == DaemonProtocol.STATUS) {
                DaemonProtocol.writeText(client, DaemonProtocol.INFO, status());
                DaemonProtocol.writeExit(client, ExitStatus.OK);
            } else if (kind == DaemonProtocol.STOP) {
                exitReason = "stopped by zdeploy daemon stop";
                DaemonProtocol.writeText(client, DaemonProtocol.INFO, "stopped pid " + ProcessHandle.current().pid()
                        + "\n");
                DaemonProtocol.writeExit(client, ExitStatus.OK);
            } else if (kind == DaemonProtocol.RUN) {
                run(client, requestKey, args);
            }
        } catch (IOException e) {
            // The client went away before its request was complete: nothing ran.
        }
    }

    private static String[] readArguments(SocketChannel client) throws IOException {
        int count = DaemonProtocol.readInt(client);
        if (count < 0 || count > DaemonProtocol.MAX_ARGUMENTS) {
            throw new IOException(count + " arguments");
        }
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = DaemonProtocol.readString(client);
        }
        return args;
    }

    private void run(SocketChannel client, String requestKey, String[] args) throws IOException {
        if (!key.equals(DaemonKey.current())) {
            // Rebuilt jar: loading its classes now could mix two builds. The client runs the command.
            exitReason = "the jar or the working directory changed";
            DaemonProtocol.writeText(client, DaemonProtocol.REFUSED, exitReason);
            return;
        }
        if (!key.text().equals(requestKey)) {
            DaemonProtocol.writeText(client, DaemonProtocol.REFUSED, "another program, JDK or directory");
            return;
        }
        long start = System.nanoTime();
        DaemonOutput stdout = new DaemonOutput(client, DaemonProtocol.STDOUT);
        DaemonOutput stderr = new DaemonOutput(client, DaemonProtocol.STDERR);
        PrintStream outStream = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(stderr, false, StandardCharsets.UTF_8);
        out.target = stdout;
        err.target = stderr;
        int status;
        Failures.outOfMemorySeen = false;
        try {
            status = Main.execute(args, new ByteArrayInputStream(new byte[0]), outStream, errStream);
        } catch (RuntimeException | Error e) {
            // What a direct run's JVM does with an exception nothing caught.
            errStream.print("Exception in thread \"main\" ");
            e.printStackTrace(errStream);
            status = 1;
            exitReason = "a command failed with " + e.getClass().getName();
        } finally {
            out.target = null;
            err.target = null;
        }
        outStream.flush();
        errStream.flush();
        if (Failures.outOfMemorySeen) {
            // The heap may be left fragmented or a thread in a bad state: the next client starts afresh.
            exitReason = "out of memory";
        }
        runs++;
        log("run " + runs + ": exit " + status + ", " + (System.nanoTime() - start) / 1_000_000 + " ms"
                + (stdout.gone() || stderr.gone() ? ", client gone before the end" : ""));
        if (!stdout.gone() && !stderr.gone()) {
            DaemonProtocol.writeExit(client, status);
        }
    }

    private boolean sameUser(SocketChannel client) throws IOException {
        try {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (peer.user().equals(owner)) {
                return true;
            }
            log("refused a connection from user " + peer.user().getName());
            return false;
        } catch (UnsupportedOperationException e) {
            // No peer credentials on this platform: the private directory alone keeps others out.
            return true;
        }
    }

    private String status() {
        long idle = (System.currentTimeMillis() - lastUse) / 1000;
        return "pid " + ProcessHandle.current().pid() + ", since " + started.truncatedTo(ChronoUnit.SECONDS) + ", "
                + runs + " runs, idle " + idle + " s of " + idleMillis / 1000 + " s\n"
                + "  " + key.text().lines().filter(line -> line.startsWith("jar ")).findFirst().orElse("") + "\n"
                + "  JDK " + System.getProperty("java.home") + "\n"
                + "  directory " + System.getProperty("user.dir") + "\n";
    }

    private boolean socketIsOurs() {
        try {
            return socketId.equals(Files.readAttributes(DaemonClient.socket(dir, name), "unix:ino",
                    LinkOption.NOFOLLOW_LINKS).get("ino"));
        } catch (IOException e) {
            return false;
        }
    }

    private void removeSocket(Path socket) {
        if (socketId != null && socketIsOurs()) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                // The next daemon, holding the lock, removes it.
            }
        }
    }

    /** ZDEPLOY_DAEMON_IDLE minutes (a fraction too: 0.5 is 30 seconds), default 15; at least one second. */
    private static long idleMillis() {
        String idle = System.getenv("ZDEPLOY_DAEMON_IDLE");
        try {
            double minutes = idle == null ? 15 : Double.parseDouble(idle.strip());
            return minutes > 0 && minutes < 1e6 ? Math.max(1000, (long) (minutes * 60_000)) : 15 * 60_000;
        } catch (NumberFormatException e) {
            return 15 * 60_000;
        }
    }

    private void log(String line) {
        log(log, name + ": " + line);
    }

    /** One line, written at once: daemons of other keys append to the same log. */
    private static void log(PrintStream log, String line) {
        byte[] bytes = (Instant.now().truncatedTo(ChronoUnit.SECONDS) + " pid " + ProcessHandle.current().pid() + " "
                + line + "\n").getBytes(StandardCharsets.UTF_8);
        log.write(bytes, 0, bytes.length);
        log.flush();
    }

    /** System.out or System.err of the daemon: the running command's, else nowhere. */
    static final class Switch extends OutputStream {
        volatile OutputStream target;

        @Override
        public void write(int b) throws IOException {
            OutputStream to = target;
            if (to != null) {
                to.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            OutputStream to = target;
            if (to != null) {
                to.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            OutputStream to = target;
            if (to != null) {
                to.flush();
            }
        }
    }
}
