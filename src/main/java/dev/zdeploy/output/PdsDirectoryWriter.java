package dev.zdeploy.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes rendered members as a PDS-style directory: one file per member, named exactly the member
 * name with no extension (what {@code zowe zos-files upload dir-to-pds} and FTP {@code mput} expect),
 * bytes exactly the member text (printable ASCII, LF line ends), and beside them
 * {@code .zdeploy/manifest.json} holding the manifest text as given (UTF-8).
 *
 * <p>What zdeploy wrote is recorded, with each file's SHA-256, in {@code .zdeploy/files.json}
 * ({@link OwnershipRecord}); only files listed there whose bytes are still the recorded ones are
 * zdeploy's. A directory that holds anything else (a file of the user's, a member edited by hand, a
 * link, a record zdeploy did not write, or no record at all) is refused, with or without force
 * ({@link ForeignContentException}, naming each such entry and why), and nothing in it is touched.
 *
 * <p>A new or empty directory is written; an existing directory of zdeploy's is refused
 * ({@link OutputDirectoryNotEmptyException}) unless {@code force} is set or it already holds exactly
 * this output (then nothing is touched). With force, new and changed members are written, members
 * zdeploy wrote that no longer belong are removed (each named in the report), unchanged ones are kept
 * as they are (with their modification time). Either way the directory changes in one step as a
 * reader sees it, runs on one directory exclude each other, and a killed run is put right by the next
 * ({@link DirectoryUpdate}).
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
     * @throws OutputDirectoryNotEmptyException the directory holds other output and {@code force} is not set
     * @throws ForeignContentException          the directory holds files zdeploy did not write
     * @throws DirectoryLockedException         another zdeploy run is writing the directory
     * @throws IOException                      the directory could not be written; the message names it and the cause
     */
    public WriteReport write(Path directory, RenderedOutput output, boolean force) throws IOException {
        MemberSource members = sink -> {
            for (Member member : output.members()) {
                sink.add(member);
            }
        };
        return write(directory, members, out -> out.write(output.manifestJson()), force);
    }

    /**
     * Writes members as {@code members} hands them over, each into the staging directory as it comes,
     * and the manifest straight into its file: memory holds one member at a time. An exception thrown
     * by {@code members} (a member that fails its lint gate) leaves the directory as it was.
     *
     * @throws OutputDirectoryNotEmptyException the directory holds other output and {@code force} is not set
     * @throws ForeignContentException          the directory holds files zdeploy did not write
     * @throws DirectoryLockedException         another zdeploy run is writing the directory
     * @throws IOException                      the directory could not be written; the message names it and the cause
     */
    public WriteReport write(Path directory, MemberSource members, TextContent manifest, boolean force)
            throws IOException {
        try (DirectoryUpdate update = DirectoryUpdate.open(directory, WriteFailures.OUTPUT, force, hook)) {
            members.forEach(member -> update.addAscii(member.name(), member.text()));
            update.add(MANIFEST, manifest, StandardCharsets.UTF_8);
            return report(update.commit());
        }
    }

    /** What an update of an output directory did, as its caller reports it: members, and whether the manifest changed. */
    static WriteReport report(DirectoryUpdate.Result result) {
        return new WriteReport(result.directory(), membersOnly(result.written()), membersOnly(result.unchanged()),
                membersOnly(result.removed()), result.written().contains(MANIFEST), result.notes());
    }

    private static List<String> membersOnly(List<String> paths) {
        return paths.stream().filter(path -> !path.startsWith(OwnershipRecord.OWN_DIRECTORY + "/")).toList();
    }
}
