package dev.zdeploy.cli;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The client side of the background JVM: hands a command line to the daemon serving this program, JDK and
 * working directory, and copies what it prints, byte for byte, to this process's standard output and
 * error; exits with its status. When no daemon answers, the caller runs the command itself, as without a
 * daemon, and then {@link #startIfNone} starts one for the next run.
 *
 * <p>This runs in a cold JVM every time, so it stays small: no picocli, no Jackson, no lambdas.
 */
final class DaemonClient {

    /** {@link #run}'s answer when the command did not run: the caller runs it. */
    static final int NOT_RUN = -1;

    /** How long a daemon busy with another command is waited for before running the command here. */
    private static final long WAIT_MILLIS = 5_000;

    static final String ENDED = "zdeploy: the background JVM ended before the command finished; run again, or set"
            + " ZDEPLOY_DAEMON=off";

    private final boolean explicit;
    private Path dir;
    private DaemonKey key;
    private boolean start;

    /** @param explicit the user asked for the daemon (ZDEPLOY_DAEMON=on): say why when it cannot be used */
    DaemonClient(boolean explicit) {
        this.explicit = explicit;
    }

    /**
     * Whether a command line may run in a daemon: not {@code serve} (a server of its own) nor {@code daemon}
     * (which talks to them), and no argument naming what only this process can read: standard input
     * ({@code -}, {@code --request=-}), a file of this process ({@code /dev/stdin}, {@code /dev/fd/63} from
     * the shell's {@code <(...)}, {@code /proc/self/...}: anything under /dev or /proc), or an argument file
     * ({@code @FILE}, which picocli reads, possibly {@code @/dev/stdin}).
     */
    static boolean eligible(String[] args) {
        String command = null;
        for (String arg : args) {
            String value = arg.startsWith("-") && arg.indexOf('=') > 0 ? arg.substring(arg.indexOf('=') + 1) : arg;
            if (value.equals("-") || value.startsWith("/dev/") || value.startsWith("/proc/") || arg.startsWith("@")) {
                return false;
            }
            if (command == null && !arg.startsWith("-")) {
                command = arg;
            }
        }
        return !"serve".equals(command) && !"daemon".equals(command);
    }

    /** Runs {@code args} in the daemon; its exit status, or {@link #NOT_RUN}. */
    int run(String[] args) {
        dir = DaemonDirectory.path();
        String unsafe = DaemonDirectory.unsafe(dir, false);
        if (unsafe != null) {
            if (explicit) {
                System.err.println("zdeploy: not using a background JVM: " + unsafe);
            }
            return NOT_RUN;
        }
        key = DaemonKey.current();
        if (key == null) {
            return NOT_RUN;
        }
        Path socket = socket(dir, key.name());
        if (socket.toString().length() > 100) {
            if (explicit) {
                System.err.println("zdeploy: not using a background JVM: the socket path " + socket + " is too long");
            }
            return NOT_RUN;
        }
        if (!Files.exists(socket)) {
            start = true;
            return NOT_RUN;
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            // Connection refused: the socket of a daemon that was killed; a new one replaces it.
            close(channel);
            start = true;
            return NOT_RUN;
        }
        try {
            if (!greeted(channel)) {
                return NOT_RUN;
            }
            try {
                DaemonProtocol.writeFully(channel, request(args));
            } catch (IOException e) {
                // Not all of the request was sent, so the daemon cannot have run it.
                return NOT_RUN;
            }
            return copyOutput(channel);
        } finally {
            close(channel);
        }
    }

    /** Whether the daemon took the connection within the wait; after false, nothing has been sent. */
    private static boolean greeted(SocketChannel channel) {
        DaemonProtocol.Deadline deadline = new DaemonProtocol.Deadline(channel, WAIT_MILLIS);
        ByteBuffer greeting = ByteBuffer.allocate(DaemonProtocol.GREETING.length);
        try {
            DaemonProtocol.readFully(channel, greeting);
        } catch (IOException e) {
            // Busy past the wait, or it went away: run here.
            deadline.cancel();
            return false;
        }
        if (!deadline.cancel()) {
            return false;
        }
        for (int i = 0; i < DaemonProtocol.GREETING.length; i++) {
            if (greeting.get(i) != DaemonProtocol.GREETING[i]) {
                return false;
            }
        }
        return true;
    }

    private ByteBuffer request(String[] args) {
        int size = 1 + DaemonProtocol.size(key.text()) + 4;
        for (String arg : args) {
            size += DaemonProtocol.size(arg);
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.put(DaemonProtocol.RUN);
        DaemonProtocol.putString(buffer, key.text());
        buffer.putInt(args.length);
        for (String arg : args) {
            DaemonProtocol.putString(buffer, arg);
        }
        return buffer.flip();
    }

    /** Copies the daemon's frames to standard output and error until its exit status. */
    private static int copyOutput(SocketChannel channel) {
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        FileOutputStream err = new FileOutputStream(FileDescriptor.err);
        ByteBuffer header = ByteBuffer.allocate(5);
        ByteBuffer body = ByteBuffer.allocate(64 * 1024);
        try {
            while (true) {
                header.clear();
                DaemonProtocol.readFully(channel, header);
                byte type = header.get();
                int length = header.getInt();
                if (length < 0) {
                    throw new IOException("frame of " + length + " bytes");
                }
                if (body.capacity() < length) {
                    body = ByteBuffer.allocate(length);
                }
                body.clear().limit(length);
                DaemonProtocol.readFully(channel, body);
                if (type == DaemonProtocol.EXIT) {
                    return body.getInt();
                }
                if (type == DaemonProtocol.REFUSED) {
                    // Sent before anything ran (another program or directory): run here.
                    return NOT_RUN;
                }
                write(type == DaemonProtocol.STDERR ? err : out, body.array(), length);
            }
        } catch (IOException e) {
            // The daemon ended (killed, out of memory in a way it could not report): whatever it wrote is
            // all-or-nothing, so saying so and failing is all that is left to do.
            System.err.println(ENDED);
            return ExitStatus.INTERNAL_ERROR;
        }
    }

    private static void write(FileOutputStream stream, byte[] bytes, int length) {
        try {
            stream.write(bytes, 0, length);
        } catch (IOException e) {
            // As System.out does: a closed pipe (zdeploy plan | head) does not end the command.
        }
    }

    /**
     * For bin/zdeploy's class-data-sharing training run ({@code -Dzdeploy.daemon=train}): goes through
     * the client's steps without a daemon (a connect that fails), so that the archive holds the classes and
     * lambda forms the client needs (the JDK's socket code bootstraps lambdas; unarchived, they cost a
     * client about 20 ms). Starts nothing.
     */
    static void train() {
        DaemonKey.current();
        DaemonDirectory.unsafe(DaemonDirectory.path(), false);
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            new DaemonProtocol.Deadline(channel, WAIT_MILLIS).cancel();
            channel.connect(UnixDomainSocketAddress.of(Path.of("/nonexistent/zdeploy-training.sock")));
        } catch (IOException e) {
            // Expected: there is no daemon.
        }
        DaemonClient client = new DaemonClient(false);
        client.key = DaemonKey.of("");
        client.request(new String[] {"render"});
    }

    /** After a direct run: starts a daemon when none was there (or only a dead one's socket). */
    void startIfNone() {
        if (!start || DaemonDirectory.unsafe(dir, true) != null) {
            return;
        }
        DaemonStarter.start(dir, key.name());
    }

    static Path socket(Path dir, String name) {
        return dir.resolve(name + ".sock");
    }

    /** The daemons' log: lifecycle lines of every daemon of this user, each with its process id. */
    static Path log(Path dir) {
        return dir.resolve("daemon.log");
    }

    private static void close(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to do with it.
            }
        }
    }

    /** The java command of this JVM. */
    static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** The daemon's JVM options: the launcher's, without its JIT limit (the daemon lives long). */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String option : System.getProperty("zdeploy.daemon.jvm", "").split(" ")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }
}
