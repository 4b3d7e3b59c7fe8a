package dev.zdeploy.input;

import dev.zdeploy.descriptor.DeploymentSize;
import dev.zdeploy.json.InputKind;
import dev.zdeploy.json.InputLimits;
import dev.zdeploy.json.Problems;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The largest size each input may have (README, "Limits"), for inputs read from a stream. A file's
 * size is known before it is read (the readers check it); a stream's (standard input, a library
 * caller's) is not, so a stream is read up to one byte past its limit and refused there, never read
 * to its end: {@code zdeploy render --request - < /dev/zero} ends at once, as that file named on the
 * command line does.
 */
public final class StreamLimits {

    private StreamLimits() {}

    /** The most bytes an input of this kind may hold. */
    public static long maxBytes(InputKind kind) {
        return switch (kind) {
            case DESCRIPTOR -> DeploymentSize.MAX_DESCRIPTOR_BYTES;
            case REQUEST -> InputLimits.MAX_REQUEST_BYTES;
            case INVENTORY -> InputLimits.MAX_INVENTORY_BYTES;
        };
    }

    private static String plural(InputKind kind) {
        return switch (kind) {
            case DESCRIPTOR -> "descriptors";
            case REQUEST -> "requests";
            case INVENTORY -> "inventories";
        };
    }

    /**
     * The stream's bytes, at most {@link #maxBytes} of them; a longer stream adds a problem named
     * {@code name} to {@code problems} and gives null, its rest unread.
     */
    public static byte[] read(InputKind kind, String name, InputStream in, List<Problem> problems) throws IOException {
        long max = maxBytes(kind);
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
        if (bytes.length <= max) {
            return bytes;
        }
        Problems problem = new Problems(name);
        problem.error("", "the input holds more than " + InputLimits.number(max) + " bytes; zdeploy reads "
                + plural(kind) + " of at most " + InputLimits.number(max) + " bytes (README, Limits)", null);
        problems.addAll(problem.all());
        return null;
    }

    /** As {@link #read(InputKind, String, InputStream, List)}, throwing the problem (one stream read alone). */
    public static byte[] read(InputKind kind, String name, InputStream in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes = read(kind, name, in, problems);
        if (bytes == null) {
            throw new InvalidInputException(problems);
        }
        return bytes;
    }
}
