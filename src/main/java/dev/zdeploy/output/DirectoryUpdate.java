package dev.zdeploy.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a directory as one change that a reader sees whole or not at all, and that never touches
 * what zdeploy did not write. One update at a time:
 *
 * <ol>
 *   <li>{@link #open}: refuse a location that is no place for output ({@link OutputLocation}), lock
 *       the directory against other runs ({@link DirectoryLock}), put right what an interrupted run
 *       left ({@link UpdateJournal#recover}), refuse a directory holding anything zdeploy did not
 *       write ({@link TargetContent}), then journal and create an empty staging directory beside it;
 *   <li>{@link #add} each file: written into the staging directory (a file zdeploy wrote before with
 *       the same bytes is linked instead, so it keeps its modification time);
 *   <li>{@link #commit}: add the {@link OwnershipRecord}; a new directory is renamed into place; an
 *       existing one is exchanged: journal, rename it aside, rename the staging directory in, delete
 *       the previous content, delete the journal;
 *   <li>{@link #close}: whatever was not committed is removed and the lock released.
 * </ol>
 *
 * Files are written as they are added, so a caller may stream them (render one, add it, drop it).
 */
final class DirectoryUpdate implements AutoCloseable {

    /**
     * What an update did, each list of paths in the order the files were added.
     *
     * @param directory the directory as the user named it
     * @param written   paths new or changed
     * @param unchanged paths that already held the same bytes, left as they were
     * @param removed   paths zdeploy had written there that no longer belong, sorted
     * @param notes     what was found and put right, or left alone, from an interrupted earlier run
     */
    record Result(Path directory, List<String> written, List<String> unchanged, List<String> removed,
            List<String> notes) {}

    private final OutputLocation location;
    private final WriteFailures what;
    private final boolean force;
    private final FileWriteHook hook;
    private final SiblingNames names;
    private final List<String> written = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private final Map<String, OwnershipRecord.Written> added = new TreeMap<>();
    private final List<Path> scratch = new ArrayList<>();
    private List<Path> createdParents = List.of();
    private DirectoryLock lock;
    private List<String> notes = List.of();
    private TargetContent existing;
    private Path staging;
    private boolean committed;
    private boolean halted;
    /** Whether this run wrote a journal, which is then its own to delete. */
    private boolean journalWritten;
    /** Whether the journal must stay for the next run: an exchange was left midway. */
    private boolean journalStays;
    private Throwable failure;

    private DirectoryUpdate(OutputLocation location, WriteFailures what, boolean force, FileWriteHook hook) {
        this.location = location;
        this.what = what;
        this.force = force;
        this.hook = hook;
        this.names = new SiblingNames(location.real());
    }

    /**
     * Starts an update of {@code directory}.
     *
     * @param force whether an existing directory of zdeploy's that holds other content may be updated
     * @throws ForeignContentException  the directory holds something zdeploy did not write; nothing was touched
     * @throws DirectoryLockedException another run is writing the directory
     * @throws IOException              the directory cannot be written; the message names it and says why
     */
    static DirectoryUpdate open(Path directory, WriteFailures what, boolean force, FileWriteHook hook)
            throws IOException {
        DirectoryUpdate update = new DirectoryUpdate(OutputLocation.of(directory, what), what, force, hook);
        try {
            update.begin();
            return update;
        } catch (IOException e) {
            update.fail(e);
            update.close();
            throw update.described(e);
        } catch (RuntimeException | Error e) {
            update.fail(e);
            update.close();
            throw e;
        }
    }

    private void begin() throws IOException {
        Path real = location.real();
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            // A directory plainly not zdeploy's (a home's Documents, /usr) is refused before anything,
            // even the lock file, is created beside it; the full check follows under the lock.
            refuseForeign(TargetContent.scan(real, false));
        }
        try {
            createdParents = MissingParents.create(real);
        } catch (IOException e) {
            throw what.cannotWrite(location.shown(), e, this::shown);
        }
        try {
            lock = DirectoryLock.acquire(real, what.what() + " " + location.shown());
        } catch (DirectoryLockedException e) {
            throw e;
        } catch (IOException e) {
            throw what.cannotWrite(location.shown(), "cannot create the lock file beside it in " + real.getParent()
                    + " (" + brief(e) + ")");
        }
        notes = UpdateJournal.recover(real, location.shown(), what);
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                throw what.cannotWrite(location.shown(), "it exists and is not a directory");
            }
            existing = TargetContent.scan(real);
            refuseForeign(existing);
        }
        Path newStaging = names.newStaging();
        journalWritten = true;
        new UpdateJournal(UpdateJournal.STAGE, newStaging.getFileName().toString(), null).write(real, hook);
        staging = Files.createDirectory(newStaging);
    }

    private void refuseForeign(TargetContent content) throws ForeignContentException {
        if (!content.foreign().isEmpty()) {
            throw new ForeignContentException(what.what(), location.shown(), content.foreign());
        }
    }

    /** Adds one file at {@code path} (relative, {@code /} between names), written into the staging directory now. */
    void add(String path, byte[] bytes) throws IOException {
        guarded(() -> {
            checkAddable(path);
            place(path, OwnershipRecord.Written.of(bytes),
                    file -> Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        });
    }

    /**
     * Adds a file of ASCII {@code text} (a member) as {@link #add(String, byte[])} adds its bytes, a piece
     * at a time: the text of a member of 300 MB is not copied whole into bytes beside it.
     */
    void addAscii(String path, String text) throws IOException {
        guarded(() -> {
            checkAddable(path);
            MessageDigest sha256 = OwnershipRecord.sha256Digest();
            for (int from = 0; from < text.length(); from += ASCII_PIECE) {
                sha256.update(asciiPiece(text, from));
            }
            OwnershipRecord.Written record = new OwnershipRecord.Written(text.length(),
                    HexFormat.of().formatHex(sha256.digest()));
            place(path, record, file -> {
                try (java.io.OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    for (int from = 0; from < text.length(); from += ASCII_PIECE) {
                        out.write(asciiPiece(text, from));
                    }
                }
            });
        });
    }

    private static final int ASCII_PIECE = 64 * 1024;

    /** One piece of {@code text} from {@code from}, as US-ASCII bytes (as {@code getBytes} gives them). */
    private static byte[] asciiPiece(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + ASCII_PIECE)).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Adds a file whose text {@code content} writes, streamed into the staging directory (its size and
     * SHA-256 taken on the way), so that a large file is never held whole in memory; otherwise as
     * {@link #add(String, byte[])}.
     */
    void add(String path, TextContent content, Charset charset) throws IOException {
        add(path, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, charset));
            content.writeTo(text);
            text.flush();
        });
    }

    /** Bytes written straight into their file. */
    @FunctionalInterface
    interface ByteContent {
        /** Writes the whole content to {@code out}; the caller flushes and closes it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Adds a file whose bytes {@code content} writes, streamed into the staging directory (its size and
     * SHA-256 taken on the way); otherwise as {@link #add(String, byte[])}.
     */
    void add(String path, ByteContent content) throws IOException {
        guarded(() -> {
            checkAddable(path);
            Path file = staging.resolve(path);
            Files.createDirectories(file.getParent());
            hook.beforeWrite(file);
            MessageDigest sha256 = OwnershipRecord.sha256Digest();
            long size;
            try (CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(
                    Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), sha256));
                    OutputStream out = new BufferedOutputStream(counted, ASCII_PIECE)) {
                content.writeTo(out);
                out.flush();
                size = counted.count();
            }
            OwnershipRecord.Written record = new OwnershipRecord.Written(size, HexFormat.of().formatHex(sha256.digest()));
            added.put(path, record);
            if (wroteBefore(path, record)) {
                Files.delete(file);
                keep(location.real().resolve(path), file);
                unchanged.add(path);
            } else {
                written.add(path);
            }
        });
    }

    /**
     * Creates an empty work file in the staging directory, for a file that is put together in more than one
     * pass (the IEBUPDTE deck's members, before its header can be written). It is no output: it is never
     * recorded, {@link #removeScratch} or {@link #commit} deletes it, and like all of the staging directory it
     * is deleted by {@link #close} after a failure and by the next run after a crash.
     */
    Path scratch(String name) throws IOException {
        Path file = staging.resolve(SCRATCH_PREFIX + name);
        guarded(() -> {
            hook.beforeWrite(file);
            Files.createFile(file);
            scratch.add(file);
        });
        return file;
    }

    /** Deletes a work file made by {@link #scratch}. */
    void removeScratch(Path file) throws IOException {
        guarded(() -> {
            Files.deleteIfExists(file);
            scratch.remove(file);
        });
    }

    /**
     * Runs a step of the caller's that writes into the staging directory (a {@link #scratch} file): a
     * failure is remembered, so that {@link #close} undoes the update, and an I/O failure is described as
     * the user knows the directory.
     */
    void run(Step step) throws IOException {
        guarded(step);
    }

    /** Work files begin with a dot and a name no member or recorded path has. */
    private static final String SCRATCH_PREFIX = ".zdeploy-scratch-";

    /** A path added once, that the ownership record can hold. */
    private void checkAddable(String path) {
        OwnershipRecord.pathProblem(path).ifPresent(problem -> {
            // The record must be one the next run trusts; a name it would refuse is zdeploy's own bug.
            throw new IllegalArgumentException("cannot record " + OutputText.shown(path) + ": it " + problem);
        });
        if (added.containsKey(path)) {
            throw new IllegalArgumentException(path + " is added twice");
        }
    }

    /** Whether the directory holds a file zdeploy wrote at {@code path} with exactly these bytes. */
    private boolean wroteBefore(String path, OwnershipRecord.Written record) {
        return existing != null && existing.ours().contains(path) && record.equals(existing.record().files().get(path));
    }

    /** Writes a new file's content to {@code file}. */
    private interface ContentWriter {
        void write(Path file) throws IOException;
    }

    /**
     * Records {@code path} as added with {@code record}; a file written by an earlier run with the same
     * record is kept as it is (linked), any other is written by {@code writer} into the staging directory.
     */
    private void place(String path, OwnershipRecord.Written record, ContentWriter writer) throws IOException {
        added.put(path, record);
        Path file = staging.resolve(path);
        Files.createDirectories(file.getParent());
        if (wroteBefore(path, record)) {
            keep(location.real().resolve(path), file);
            unchanged.add(path);
        } else {
            hook.beforeWrite(file);
            writer.write(file);
            written.add(path);
        }
    }

    /** A step of an update that may fail. */
    interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step}; a failure is remembered, so that {@link #close} undoes the update, and described. */
    private void guarded(Step step) throws IOException {
        try {
            step.run();
        } catch (IOException e) {
            fail(e);
            throw described(e);
        } catch (RuntimeException | Error e) {
            fail(e);
            throw e;
        }
    }

    /** An unchanged file goes into the new directory as it is: the same file, linked, or a copy keeping its time. */
    private static void keep(Path current, Path file) throws IOException {
        try {
            Files.createLink(file, current);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(current, file, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Puts the added files in place of the directory's content, or leaves it as it is when it holds
     * exactly them already.
     *
     * @throws OutputDirectoryNotEmptyException the directory holds other output of zdeploy's and force is not set
     */
    Result commit() throws IOException {
        try {
            Path real = location.real();
            for (Path file : scratch) {
                Files.deleteIfExists(file);
            }
            scratch.clear();
            OwnershipRecord record = new OwnershipRecord(new TreeMap<>(added));
            Path recordFile = staging.resolve(OwnershipRecord.PATH);
            Files.createDirectories(recordFile.getParent());
            hook.beforeWrite(recordFile);
            Files.write(recordFile, record.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            List<String> removed = new ArrayList<>();
            if (existing != null) {
                TreeSet<String> stale = new TreeSet<>(existing.ours());
                stale.removeAll(added.keySet());
                removed.addAll(stale);
            }
            if (existing == null) {
                hook.beforeStep(FileWriteHook.Step.PUBLISH, real);
                Files.move(staging, real, StandardCopyOption.ATOMIC_MOVE);
                staging = null;
                UpdateJournal.delete(real, hook);
            } else if (!existing.isEmpty() && written.isEmpty() && removed.isEmpty()) {
                // Already exactly this content: nothing to exchange; the staging directory goes in close().
                committed = true;
                return result(List.of(), removed);
            } else if (!existing.isEmpty() && !force) {
                throw new OutputDirectoryNotEmptyException(what, location.shown());
            } else {
                exchange(real);
            }
            committed = true;
            return result(written, removed);
        } catch (IOException e) {
            fail(e);
            throw described(e);
        } catch (RuntimeException | Error e) {
            fail(e);
            throw e;
        }
    }

    private Result result(List<String> changed, List<String> removed) {
        return new Result(location.shown(), changed, unchanged, removed, notes);
    }

    private void exchange(Path real) throws IOException {
        copyPermissions(real, staging);
        Path previous = names.newPrevious();
        new UpdateJournal(UpdateJournal.EXCHANGE, staging.getFileName().toString(),
                previous.getFileName().toString()).write(real, hook);
        hook.beforeStep(FileWriteHook.Step.MOVE_ASIDE, real);
        Files.move(real, previous, StandardCopyOption.ATOMIC_MOVE);
        try {
            hook.beforeStep(FileWriteHook.Step.MOVE_IN, real);
            Files.move(staging, real, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            journalStays = true; // if putting the previous content back fails too, the next run does it
            Files.move(previous, real, StandardCopyOption.ATOMIC_MOVE);
            journalStays = false;
            throw e;
        }
        staging = null;
        hook.beforeStep(FileWriteHook.Step.DELETE_PREVIOUS, previous);
        try {
            ScratchFiles.deletePrevious(previous).ifPresent(this::note);
        } catch (IOException e) {
            // The update is complete; what is left of the previous content is the next run's to delete.
            journalStays = true;
            note("the previous content could not all be deleted (" + brief(e) + "); the next run does it");
            return;
        }
        UpdateJournal.delete(real, hook);
    }

    private void note(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        notes = more;
    }

    /** The new directory keeps the permissions, owner and group the user gave the old one. */
    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributes old = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(to, old.permissions());
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            if (!old.group().equals(view.readAttributes().group())) {
                view.setGroup(old.group());
            }
            if (!old.owner().equals(view.readAttributes().owner())) {
                view.setOwner(old.owner()); // only a privileged user can; then the new directory is that user's
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: the new directory keeps the defaults.
        }
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
        halted |= e instanceof FileWriteHook.Halt;
    }

    /** Removes what was not committed and releases the lock; after a {@link FileWriteHook.Halt} only the lock. */
    @Override
    public void close() throws IOException {
        if (lock == null) {
            MissingParents.removeEmpty(createdParents, failure);
            return;
        }
        if (halted) {
            lock.close(); // as the operating system does for a killed process; nothing else is undone
            return;
        }
        try {
            if (staging != null) {
                ScratchFiles.deleteQuietly(staging, failure);
                // What could not be deleted stays journaled, so that the next run finds and deletes it.
                journalStays |= Files.exists(staging, LinkOption.NOFOLLOW_LINKS);
                staging = null;
            }
            if (journalWritten && !journalStays) {
                Files.deleteIfExists(names.journal());
            }
        } finally {
            boolean removeParents = !committed && !createdParents.isEmpty()
                    && !Files.exists(location.real(), LinkOption.NOFOLLOW_LINKS);
            if (removeParents) {
                // The lock file normally stays (see DirectoryLock); this one is in a directory this run
                // created a moment ago and now removes again, so no other run can be relying on it.
                Files.deleteIfExists(names.lock());
            }
            lock.close();
            if (removeParents) {
                MissingParents.removeEmpty(createdParents, failure);
            }
        }
    }

    /** A failure as the user reads it: naming the directory as given, never zdeploy's own staging names. */
    private IOException described(IOException e) {
        return WriteFailures.isComplete(e) ? e : what.cannotWrite(location.shown(), e, this::shown);
    }

    /** A path a failure names, as the user knows it: files in the staging directory are named in the target. */
    private Path shown(Path path) {
        Path real = location.real();
        if (staging != null && path.startsWith(staging)) {
            return location.shown().resolve(staging.relativize(path));
        }
        if (path.startsWith(real)) {
            return location.shown().resolve(real.relativize(path));
        }
        if (path.getFileName() != null && path.getFileName().toString().startsWith("." + real.getFileName() + ".zdeploy-")) {
            return location.shown();
        }
        return path;
    }

    private static String brief(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason != null ? reason : e.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
