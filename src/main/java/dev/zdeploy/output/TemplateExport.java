package dev.zdeploy.output;

import dev.zdeploy.render.ShippedTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the shipped templates into a directory for a site to start its own from ({@code zdeploy
 * templates export}): a new or empty directory, or, with {@code force}, one holding an earlier export
 * whose templates are all still as zdeploy wrote them. A template the site has edited, or any other
 * file of the site's, is never overwritten or deleted: the export is then refused naming it. The
 * directory changes in one step, as a render's output directory does ({@link DirectoryUpdate}), and
 * {@code .zdeploy/files.json} records what was exported.
 */
public final class TemplateExport {

    private TemplateExport() {}

    /**
     * Writes every shipped template under {@code directory}, creating it when needed.
     *
     * @param force whether an earlier export in the directory is replaced
     * @return the files written, in {@link ShippedTemplates#names()} order
     * @throws OutputDirectoryNotEmptyException the directory holds an earlier export and {@code force} is not set
     * @throws ForeignContentException          the directory holds files zdeploy did not write (or that were edited)
     * @throws IOException                      the directory cannot be written; the message says why
     */
    public static List<Path> write(Path directory, boolean force) throws IOException {
        return write(directory, force, FileWriteHook.NONE, note -> {});
    }

    /**
     * As {@link #write(Path, boolean)}, telling {@code notes} what an interrupted earlier run left
     * beside the directory and what was done about it, and each file of an earlier write that was
     * removed, one line each.
     */
    public static List<Path> write(Path directory, boolean force, Consumer<String> notes) throws IOException {
        return write(directory, force, FileWriteHook.NONE, notes);
    }

    static List<Path> write(Path directory, boolean force, FileWriteHook hook) throws IOException {
        return write(directory, force, hook, (Consumer<String>) note -> {});
    }

    private static List<Path> write(Path directory, boolean force, FileWriteHook hook, Consumer<String> notes)
            throws IOException {
        List<Path> written = new ArrayList<>();
        try (DirectoryUpdate update = DirectoryUpdate.open(directory, WriteFailures.TEMPLATES, force, hook)) {
            for (String name : ShippedTemplates.names()) {
                update.add(name, ShippedTemplates.read(name));
                written.add(directory.resolve(name));
            }
            DirectoryUpdate.Result result = update.commit();
            result.notes().forEach(notes);
            // Nothing disappears unseen: files an earlier zdeploy write left there that are not templates now.
            result.removed().forEach(path -> notes.accept("removed " + OutputText.shown(path)
                    + ", which zdeploy had written there and is not a shipped template"));
        }
        return List.copyOf(written);
    }
}
