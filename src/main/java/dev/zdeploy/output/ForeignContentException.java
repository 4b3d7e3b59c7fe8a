package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The output directory holds files zdeploy does not manage (anything but member-named files and
 * {@code .zdeploy/manifest.json}), so even --force leaves it alone: a user's unrelated files are never
 * overwritten or deleted.
 */
public final class ForeignContentException extends IOException {

    private final transient List<Path> foreign;

    public ForeignContentException(Path directory, List<Path> foreign) {
        super("output directory " + directory + " holds files zdeploy does not manage, so it is left alone"
                + " (only member-named files and .zdeploy/manifest.json belong there); move them away or"
                + " choose another directory: "
                + foreign.stream().map(path -> directory.relativize(path).toString()).collect(Collectors.joining(", ")));
        this.foreign = List.copyOf(foreign);
    }

    /** The entries that are not zdeploy's, sorted. */
    public List<Path> foreign() {
        return foreign;
    }
}
