package dev.zdeploy.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes runs that write one directory exclude each other: an operating-system lock on the file
 * {@code .<name>.zdeploy-lock} beside it, which also names the holder for the message another run
 * prints. The operating system releases the lock when its process ends, however it ends, so the lock
 * of a killed run is never stale: the next run simply gets it; no age or process id is guessed at.
 *
 * <p>The lock file stays beside the directory after the run. Deleting it would let a run that opened it
 * just before lock a file no longer there while a third run creates and locks a new one; kept, there is
 * only ever one file to lock. Within one process, runs on one directory exclude each other here, before
 * the file is opened: POSIX drops a process's lock on a file when any of its descriptors for that file
 * is closed, so the lock file is only ever opened once per process at a time.
 */
final class DirectoryLock implements AutoCloseable {

    /** Lock files held by this process, to their holder text. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;

    private DirectoryLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Locks the directory {@code target}; its parent exists.
     *
     * @param shown what messages call the directory ("output directory /u/me/jcl")
     * @throws DirectoryLockedException another run holds the lock
     */
    static DirectoryLock acquire(Path target, String shown) throws IOException {
        Path file = new SiblingNames(target.getParent().toRealPath().resolve(target.getFileName())).lock();
        String holder = "pid " + ProcessHandle.current().pid() + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String inProcess = HELD.putIfAbsent(file, holder);
        if (inProcess != null) {
            throw locked(shown, inProcess);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            if (tryLock(channel) == null) {
                throw locked(shown, holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new DirectoryLock(file, channel);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(file);
            throw e;
        }
    }

    private static DirectoryLockedException locked(String shown, String holder) {
        return new DirectoryLockedException(shown + " is being written by another zdeploy run ("
                + (holder.isEmpty() ? "it is starting" : holder) + "); try again when it has finished. The lock is"
                + " released when that run ends, even if it is killed");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // cannot happen while HELD guards this process; treated as held all the same
        }
    }

    /** The holder line of another process's lock file, or empty when it is being written or not zdeploy's. */
    private static String holder(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file); // another process's lock: closing this descriptor releases nothing of ours
            String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.US_ASCII).strip();
            return text.matches("pid [0-9]+, since [0-9TZ:.-]+") ? text : "";
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** Releases the lock; the file stays. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            HELD.remove(file);
        }
    }
}
