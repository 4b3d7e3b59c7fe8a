package dev.zdeploy.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Asks the daemons in a directory for their status, or to stop: {@code zdeploy daemon status|stop}. */
final class DaemonQuery {

    private DaemonQuery() {}

    /** The sockets in {@code dir}, sorted. */
    static List<Path> sockets(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(path -> path.getFileName().toString().endsWith(".sock")).sorted().toList();
        }
    }

    /**
     * Sends {@code kind} ({@link DaemonProtocol#STATUS} or {@link DaemonProtocol#STOP}) to the daemon on
     * {@code socket}; its answer, or null when no daemon answers there.
     */
    static String ask(Path socket, byte kind) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            DaemonProtocol.Deadline deadline = new DaemonProtocol.Deadline(channel, 30_000);
            try {
                ByteBuffer greeting = ByteBuffer.allocate(DaemonProtocol.GREETING.length);
                DaemonProtocol.readFully(channel, greeting);
                DaemonProtocol.writeFully(channel, ByteBuffer.wrap(new byte[] {kind}));
                StringBuilder answer = new StringBuilder();
                while (true) {
                    byte type = DaemonProtocol.readByte(channel);
                    int length = DaemonProtocol.readInt(channel);
                    if (length < 0 || length > DaemonProtocol.MAX_STRING) {
                        return null;
                    }
                    ByteBuffer body = ByteBuffer.allocate(length);
                    DaemonProtocol.readFully(channel, body);
                    if (type == DaemonProtocol.EXIT) {
                        return answer.toString();
                    }
                    answer.append(new String(body.array(), StandardCharsets.UTF_8));
                }
            } finally {
                deadline.cancel();
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Removes the socket of a daemon that is gone (killed; the lock its process held is free), with its
     * lock file; whether it did.
     */
    static boolean removeIfDead(Path socket) {
        String file = socket.getFileName().toString();
        Path lockFile = socket.resolveSibling(file.substring(0, file.length() - ".sock".length()) + ".lock");
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            // A live daemon holds its lock file; one that exited deleted it, one killed left it.
            return deleted(socket);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return false;
            }
            Files.deleteIfExists(socket);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deleted(Path socket) {
        try {
            return Files.deleteIfExists(socket);
        } catch (IOException e) {
            return false;
        }
    }

    /** Each daemon's status, or for stop each one's answer; dead daemons' sockets are removed. */
    static List<String> each(Path dir, byte kind) throws IOException {
        List<String> answers = new ArrayList<>();
        for (Path socket : sockets(dir)) {
            String answer = ask(socket, kind);
            if (answer != null) {
                answers.add(answer);
            } else {
                removeIfDead(socket);
            }
        }
        return answers;
    }
}
