package dev.zdeploy.output;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PdsDirectoryWriter} did to the output directory.
 *
 * @param directory       the output directory
 * @param written         members written because they were new or their text changed, in run order
 * @param unchanged       members whose file already held the same bytes (left untouched), in run order
 * @param removed         member files removed because they no longer belong, sorted by name
 * @param manifestWritten whether {@code .zdeploy/manifest.json} was (re)written
 * @param notes           what was found beside the directory from an interrupted earlier run, and what
 *                        was done about it (one line each)
 */
public record WriteReport(Path directory, List<String> written, List<String> unchanged, List<String> removed,
        boolean manifestWritten, List<String> notes) {

    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        notes = List.copyOf(notes);
    }

    public WriteReport(Path directory, List<String> written, List<String> unchanged, List<String> removed,
            boolean manifestWritten) {
        this(directory, written, unchanged, removed, manifestWritten, List.of());
    }

    /** True when nothing on disk changed. */
    public boolean nothingChanged() {
        return written.isEmpty() && removed.isEmpty() && !manifestWritten;
    }

    /**
     * One line for the console, e.g. {@code 7 members written, 0 unchanged, 0 removed}; removed members
     * are named, e.g. {@code 1 removed (IZUD03RN)}, so that nothing disappears unseen.
     */
    public String summary() {
        return written.size() + " member" + (written.size() == 1 ? "" : "s") + " written, "
                + unchanged.size() + " unchanged, " + removed.size() + " removed"
                + (removed.isEmpty() ? "" : " (" + String.join(", ", removed) + ")");
    }
}
