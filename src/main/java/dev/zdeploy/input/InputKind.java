package dev.zdeploy.input;

import dev.zdeploy.descriptor.DeploymentSize;
import dev.zdeploy.json.InputLimits;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.json.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The three inputs with the largest size each may have (README, "Limits"). A file's size is known
 * before it is read; a stream's (standard input, a library caller's) is not, so a stream is read up
 * to one byte past its limit and refused there, never read to its end: {@code zdeploy render
 * --request - < /dev/zero} must end at once, as the same file named on the command line does.
 */
public enum InputKind {
    DESCRIPTOR("descriptors", DeploymentSize.MAX_DESCRIPTOR_BYTES),
    REQUEST("requests", InputLimits.MAX_REQUEST_BYTES),
    INVENTORY("inventories", InputLimits.MAX_INVENTORY_BYTES);

    private final String plural;
    private final long maxBytes;

    InputKind(String plural, long maxBytes) {
        this.plural = plural;
        this.maxBytes = maxBytes;
    }

    /** The most bytes an input of this kind may hold. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The stream's bytes, at most {@link #maxBytes()} of them; a longer stream adds a problem named
     * {@code name} to {@code problems} and gives null, its rest unread.
     */
    public byte[] readBounded(String name, InputStream in, List<Problem> problems) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        Problems problem = new Problems(name);
        problem.error("", "the input holds more than " + InputLimits.number(maxBytes) + " bytes; zdeploy reads "
                + plural + " of at most " + InputLimits.number(maxBytes) + " bytes (README, Limits)", null);
        problems.addAll(problem.all());
        return null;
    }

    /** As {@link #readBounded}, throwing the problem at once (one stream read alone). */
    public byte[] readBounded(String name, InputStream in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes = readBounded(name, in, problems);
        if (bytes == null) {
            throw new InvalidInputException(problems);
        }
        return bytes;
    }
}
