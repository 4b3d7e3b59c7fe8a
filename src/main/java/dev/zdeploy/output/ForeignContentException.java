package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The directory holds files zdeploy did not write (or that were changed since), so it is left alone,
 * even with --force: a user's files are never overwritten or deleted. The message names each of them
 * and why it counts as the user's.
 */
public final class ForeignContentException extends IOException {

    /** How many entries the message names; the rest are counted. */
    static final int NAMED = 20;

    private final transient List<TargetContent.Foreign> foreign;

    ForeignContentException(String what, Path directory, List<TargetContent.Foreign> foreign) {
        super(what + " " + directory + " holds files zdeploy did not write, so it is left alone (even with --force,"
                + " zdeploy rewrites or removes only files its record .zdeploy/files.json lists, unchanged): "
                + named(foreign) + "; move them away or choose another directory");
        this.foreign = List.copyOf(foreign);
    }

    private static String named(List<TargetContent.Foreign> foreign) {
        String named = foreign.stream().limit(NAMED).map(TargetContent.Foreign::toString)
                .collect(Collectors.joining(", "));
        return foreign.size() > NAMED ? named + " and " + (foreign.size() - NAMED) + " more" : named;
    }

    /** The paths, relative to the directory, of what is not zdeploy's, sorted. */
    public List<String> foreign() {
        return foreign.stream().map(TargetContent.Foreign::path).toList();
    }
}
