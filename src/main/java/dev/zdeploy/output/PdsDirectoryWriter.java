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
 * <p>An existing non-empty directory is refused ({@link OutputDirectoryNotEmptyException}) unless
 * {@code force} is set or it already holds exactly this output (then nothing is touched). With force, only members whose bytes changed are rewritten (unchanged files keep
 * their modification time), new members are added, member files that no longer belong are removed and
 * the manifest is replaced; all new texts are staged before any file is replaced. A directory that holds
 * anything zdeploy does not manage is refused even with force ({@link ForeignContentException}).
 */
public final class PdsDirectoryWriter {

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
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            FreshDirectoryWrite.write(target, files(output), hook, WriteFailures.OUTPUT);
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
        if (!existing.isEmpty() && !force && !holdsExactly(target, output, existing)) {
            throw new OutputDirectoryNotEmptyException(target);
        }
        if (!existing.foreign().isEmpty()) {
            throw new ForeignContentException(target, existing.foreign());
        }
        return InPlaceUpdate.apply(target, output, existing, hook);
    }

    /**
     * Whether the directory already holds exactly {@code output}: then "writing" it again replaces
     * nothing, and refusing would only make rerunning a command fail. Anything unreadable means no; the
     * directory is then refused as not empty.
     */
    private static boolean holdsExactly(Path target, RenderedOutput output, TargetContent existing) {
        try {
            Set<String> names = new TreeSet<>(output.members().stream().map(Member::name).toList());
            if (!existing.foreign().isEmpty() || !existing.scratch().isEmpty() || existing.manifest() == null
                    || !existing.members().equals(names)
                    || !InPlaceUpdate.holds(existing.manifest(),
                            output.manifestJson().getBytes(StandardCharsets.UTF_8))) {
                return false;
            }
            for (Member member : output.members()) {
                byte[] text = member.text().getBytes(StandardCharsets.US_ASCII);
                if (!InPlaceUpdate.holds(target.resolve(member.name()), text)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The members, each a file named after it, and the manifest in its own directory. */
    private static List<OutputFile> files(RenderedOutput output) {
        List<OutputFile> files = new ArrayList<>();
        for (Member member : output.members()) {
            files.add(new OutputFile(member.name(), member.text().getBytes(StandardCharsets.US_ASCII)));
        }
        files.add(new OutputFile(TargetContent.MANIFEST_DIRECTORY + "/" + TargetContent.MANIFEST_FILE,
                output.manifestJson().getBytes(StandardCharsets.UTF_8)));
        return files;
    }
}
