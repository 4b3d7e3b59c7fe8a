package dev.zdeploy.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes rendered members as a PDS-style directory: one file per member, named exactly the member
 * name with no extension (what {@code zowe zos-files upload dir-to-pds} and FTP {@code mput} expect),
 * bytes exactly the member text (printable ASCII, LF line ends), and beside them
 * {@code .zdeploy/manifest.json} holding the manifest text as given (UTF-8).
 *
 * <p>A new directory is written all or nothing: it is built in a scratch directory
 * {@code .<name>.zdeploy-tmp-<random>} beside the target and renamed into place (an atomic rename
 * where the file system supports one); after any failure neither the target nor the scratch directory
 * exists. An existing empty directory is filled the same way as {@code --force} updates one.
 *
 * <p>What zdeploy wrote is recorded, with each file's SHA-256, in {@code .zdeploy/files.json}
 * ({@link OwnershipRecord}); only files listed there whose bytes are still the recorded ones are
 * zdeploy's. A directory that holds anything else (a file of the user's, a member edited by hand, a
 * link, a record zdeploy did not write, or no record at all) is refused, with or without force
 * ({@link ForeignContentException}, naming each such entry and why), and nothing in it is touched.
 *
 * <p>An existing non-empty directory of zdeploy's is refused ({@link OutputDirectoryNotEmptyException})
 * unless {@code force} is set or it already holds exactly this output (then nothing is touched). With
 * force, only members whose bytes changed are rewritten (unchanged files keep their modification
 * time), new members are added, members zdeploy wrote that no longer belong are removed (each named in
 * the report) and the manifest and record are replaced; all new texts are staged before any file is
 * replaced.
 */
public final class PdsDirectoryWriter {

    /** The plan JSON beside the members. */
    static final String MANIFEST = OwnershipRecord.OWN_DIRECTORY + "/manifest.json";

    private final FileWriteHook hook;

    public PdsDirectoryWriter() {
        this(FileWriteHook.NONE);
    }

    PdsDirectoryWriter(FileWriteHook hook) {
        this.hook = hook;
    }

    /**
     * Writes {@code output} to {@code directory}.
     *
     * @throws OutputDirectoryNotEmptyException the directory holds files and {@code force} is not set
     * @throws ForeignContentException          the directory holds files zdeploy does not manage
     * @throws IOException                      the directory could not be written; the message names it and the cause
     */
    public WriteReport write(Path directory, RenderedOutput output, boolean force) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw WriteFailures.OUTPUT.cannotWrite(target, "the root directory cannot be an output directory");
        }
        List<OutputFile> files = files(output);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            FreshDirectoryWrite.write(target, files, hook, WriteFailures.OUTPUT);
            return new WriteReport(target, output.members().stream().map(Member::name).toList(), List.of(), List.of(),
                    true);
        }
        if (!Files.isDirectory(target)) {
            throw WriteFailures.OUTPUT.cannotWrite(target, "it exists and is not a directory");
        }
        TargetContent existing;
        try {
            existing = TargetContent.scan(target);
        } catch (IOException e) {
            throw WriteFailures.OUTPUT.cannotWrite(target, e);
        }
        if (!existing.foreign().isEmpty()) {
            throw new ForeignContentException("output directory", target, existing.foreign());
        }
        if (!existing.isEmpty() && !force && !holdsExactly(target, files, existing)) {
            throw new OutputDirectoryNotEmptyException(target);
        }
        InPlaceUpdate.Changes changes = InPlaceUpdate.apply(target, files, existing, hook, WriteFailures.OUTPUT);
        return new WriteReport(target, membersOnly(changes.written()), membersOnly(changes.unchanged()),
                membersOnly(changes.removed()), changes.written().contains(MANIFEST));
    }

    /**
     * Whether the directory already holds exactly these files, all zdeploy's: then "writing" them again
     * replaces nothing, and refusing would only make rerunning a command fail. Anything unreadable
     * means no; the directory is then refused as not empty.
     */
    private static boolean holdsExactly(Path target, List<OutputFile> files, TargetContent existing) {
        try {
            Set<String> paths = new TreeSet<>();
            files.forEach(file -> paths.add(file.path()));
            paths.remove(OwnershipRecord.PATH);
            if (!existing.scratch().isEmpty() || !existing.ours().equals(paths)) {
                return false;
            }
            for (OutputFile file : files) {
                if (!InPlaceUpdate.holds(target.resolve(file.path()), file.bytes())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> membersOnly(List<String> paths) {
        return paths.stream().filter(path -> !path.startsWith(OwnershipRecord.OWN_DIRECTORY + "/")).toList();
    }

    /** The members, each a file named after it, and the manifest in its own directory. */
    private static List<OutputFile> files(RenderedOutput output) {
        List<OutputFile> files = new ArrayList<>();
        for (Member member : output.members()) {
            files.add(new OutputFile(member.name(), member.text().getBytes(StandardCharsets.US_ASCII)));
        }
        files.add(new OutputFile(MANIFEST, output.manifestJson().getBytes(StandardCharsets.UTF_8)));
        files.add(new OutputFile(OwnershipRecord.PATH, OwnershipRecord.of(files).bytes()));
        return files;
    }
}
