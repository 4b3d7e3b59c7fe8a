package dev.zdeploy.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal of an update in progress, {@code .<name>.zdeploy-journal} beside the directory: which
 * staging directory is being built and, once the exchange starts, where the previous content is put
 * aside. It is written (whole, by a rename) before each of those directories is created, so anything a
 * killed run leaves beside the directory is named in it, and the next run, holding the lock, finds it
 * and puts things right: an update that had not put its new content in place is undone (the previous
 * content is put back and the staging directory deleted), one that had is finished (the previous
 * content deleted). A reader of the directory sees the old content or the new, never a mix.
 *
 * @param state    {@code stage} while the new content is built, {@code exchange} while it is put in place
 * @param staging  file name of the staging directory, beside the target
 * @param previous file name the previous content is moved to, beside the target; null while staging
 */
record UpdateJournal(String state, String staging, String previous) {

    static final String STAGE = "stage";
    static final String EXCHANGE = "exchange";
    private static final String HEADER = "zdeploy journal 1";

    /** Writes this journal for {@code target}, replacing any earlier one, all at once. */
    void write(Path target, FileWriteHook hook) throws IOException {
        SiblingNames names = new SiblingNames(target);
        hook.beforeStep(FileWriteHook.Step.WRITE_JOURNAL, names.journal());
        String text = HEADER + "\nstate " + state + "\nstaging " + staging + "\n"
                + (previous == null ? "" : "previous " + previous + "\n");
        Files.deleteIfExists(names.journalScratch());
        Files.write(names.journalScratch(), text.getBytes(StandardCharsets.US_ASCII));
        Files.move(names.journalScratch(), names.journal(), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    static void delete(Path target, FileWriteHook hook) throws IOException {
        Path journal = new SiblingNames(target).journal();
        hook.beforeStep(FileWriteHook.Step.DELETE_JOURNAL, journal);
        Files.deleteIfExists(journal);
    }

    /**
     * Puts right what an interrupted run left beside {@code target} (the caller holds the lock), and
     * reports leftovers it cannot be sure are zdeploy's.
     *
     * @param shown the target as messages name it
     * @return one line per thing done or found, for the user
     * @throws IOException the journal is not one zdeploy wrote, or recovery failed; nothing was guessed
     */
    static List<String> recover(Path target, Path shown, WriteFailures what) throws IOException {
        SiblingNames names = new SiblingNames(target);
        List<String> notes = new ArrayList<>();
        Files.deleteIfExists(names.journalScratch()); // never renamed into place: its run had not begun
        Path file = names.journal();
        List<String> named = new ArrayList<>();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            UpdateJournal journal = read(file, names, shown, what);
            named.add(journal.staging());
            if (journal.previous() != null) {
                named.add(journal.previous());
            }
            journal.undoOrFinish(target, notes, shown, what);
            Files.delete(file);
        }
        for (Path leftover : leftovers(target, names)) {
            if (!named.contains(leftover.getFileName().toString())) {
                notes.add("left alone: " + OutputText.shown(leftover.getFileName().toString()) + " beside it, which no"
                        + " zdeploy journal names (an older zdeploy's leftover?); delete it if it is not yours");
            }
        }
        return notes;
    }

    private void undoOrFinish(Path target, List<String> notes, Path shown, WriteFailures what) throws IOException {
        Path stagingPath = target.resolveSibling(staging);
        Path previousPath = previous == null ? null : target.resolveSibling(previous);
        boolean targetThere = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        boolean stagingThere = isDirectory(stagingPath);
        boolean previousThere = previousPath != null && isDirectory(previousPath);
        if (previousThere && !targetThere) {
            Files.move(previousPath, target, StandardCopyOption.ATOMIC_MOVE);
            notes.add("an interrupted update was undone: the previous content is back in place");
        } else if (previousThere && stagingThere) {
            // Not a state zdeploy leaves: someone made the directory again meanwhile. Guess nothing.
            throw what.cannotWrite(shown, "an interrupted update left " + previous + " and " + staging + " beside"
                    + " it while the directory exists again; look at them, delete what is not yours, delete "
                    + target.getFileName() + "'s journal " + new SiblingNames(target).journal().getFileName()
                    + ", then run again");
        } else if (previousThere) {
            notes.add(ScratchFiles.deletePrevious(previousPath)
                    .orElse("an interrupted update was finished: its previous content was deleted"));
        } else if (stagingThere) {
            notes.add("an interrupted " + (targetThere ? "update" : "write") + " was undone");
        }
        if (stagingThere) {
            ScratchFiles.deleteTree(stagingPath);
        }
    }

    private static boolean isDirectory(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static UpdateJournal read(Path file, SiblingNames names, Path shown, WriteFailures what)
            throws IOException {
        String text = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) < 4096
                ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        String[] lines = text.split("\n", -1);
        String state = lines.length >= 4 ? lines[1].replaceFirst("^state ", "") : "";
        String staging = lines.length >= 4 ? lines[2].replaceFirst("^staging ", "") : "";
        String previous = lines.length == 5 ? lines[3].replaceFirst("^previous ", "") : null;
        boolean valid = lines[0].equals(HEADER) && lines[lines.length - 1].isEmpty()
                && (state.equals(STAGE) && lines.length == 4 || state.equals(EXCHANGE) && lines.length == 5)
                && names.isScratch(staging) && staging.contains(".zdeploy-tmp-")
                && (previous == null || names.isScratch(previous) && previous.contains(".zdeploy-old-"));
        if (!valid) {
            throw what.cannotWrite(shown, OutputText.shown(file.getFileName().toString()) + " beside it is not a"
                    + " journal zdeploy wrote, so nothing is done; look at it and delete it, then run again");
        }
        return new UpdateJournal(state, staging, previous);
    }

    private static List<Path> leftovers(Path target, SiblingNames names) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                entry -> names.isScratch(entry.getFileName().toString()))) {
            entries.forEach(found::add);
        }
        found.sort(null);
        return found;
    }
}
