package dev.zdeploy.output;

import dev.zdeploy.render.ShippedTemplates;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the shipped templates into a directory for a site to start its own from ({@code zdeploy
 * templates export}), all of them or none. Everything that would stop the export (a template already
 * there without {@code overwrite}, a file where a subdirectory must go) is found before anything is
 * written. A new directory is then built beside its final name and renamed into place, as a render's
 * output directory is; in an existing one every template is staged in a scratch file beside its final
 * name before any is renamed over it, so a failure while writing leaves the directory as it was.
 */
public final class TemplateExport {

    private TemplateExport() {}

    /**
     * Writes every shipped template under {@code directory}, creating it when needed.
     *
     * @param overwrite whether templates already in the directory are replaced
     * @return the files written, in {@link ShippedTemplates#names()} order
     * @throws FileAlreadyExistsException a template is already there and {@code overwrite} is not set;
     *                                    nothing was written
     * @throws IOException                the directory cannot be written; the message says why
     */
    public static List<Path> write(Path directory, boolean overwrite) throws IOException {
        return write(directory, overwrite, FileWriteHook.NONE);
    }

    static List<Path> write(Path directory, boolean overwrite, FileWriteHook hook) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (String name : ShippedTemplates.names()) {
            files.add(new OutputFile(name, ShippedTemplates.read(name)));
            written.add(directory.resolve(name));
        }
        Path target = directory.toAbsolutePath().normalize();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            FreshDirectoryWrite.write(target, files, hook, WriteFailures.TEMPLATES);
            return List.copyOf(written);
        }
        if (!Files.isDirectory(target)) {
            throw WriteFailures.TEMPLATES.cannotWrite(target, "it exists and is not a directory");
        }
        for (int i = 0; i < files.size(); i++) {
            checkCanWrite(directory, written.get(i), overwrite);
        }
        replaceInPlace(target, files, hook);
        return List.copyOf(written);
    }

    private static void checkCanWrite(Path directory, Path file, boolean overwrite) throws IOException {
        for (Path parent = file.getParent(); !parent.equals(directory); parent = parent.getParent()) {
            if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
                throw new FileSystemException(parent.toString(), null,
                        "it is not a directory, and " + directory.relativize(file) + " goes in it");
            }
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "it is a directory, not a template");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            throw new FileAlreadyExistsException(file.toString(), null, "exists and is not overwritten");
        }
    }

    private static void replaceInPlace(Path target, List<OutputFile> files, FileWriteHook hook) throws IOException {
        StagedFiles staged = new StagedFiles(hook);
        List<Path> createdDirectories = new ArrayList<>();
        Throwable failure = null;
        try {
            for (OutputFile file : files) {
                Path path = target.resolve(file.path());
                createdDirectories.addAll(FreshDirectoryWrite.createMissingParents(path));
                staged.stage(path, file.bytes());
            }
            staged.publish();
        } catch (IOException e) {
            failure = staged.failure(WriteFailures.TEMPLATES, target, e, "templates",
                    "run the export again with --force to finish");
            throw (IOException) failure;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            staged.discard(failure);
            if (failure != null && staged.published() == 0) {
                FreshDirectoryWrite.removeEmpty(createdDirectories, failure);
            }
        }
    }
}
