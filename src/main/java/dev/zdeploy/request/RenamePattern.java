package dev.zdeploy.request;

import dev.zdeploy.jcl.NameRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a data set name pattern in a rename rule: qualifiers separated by periods, where a
 * qualifier is a name, {@code *} (exactly one qualifier) or {@code **} (any number of qualifiers,
 * at most once in a pattern, so that a match is never ambiguous).
 */
public final class RenamePattern {

    public static final String ONE = "*";
    public static final String ANY = "**";

    private RenamePattern() {}

    /** The rule {@code pattern} breaks, or empty when it is a valid pattern. */
    public static Optional<String> check(String pattern) {
        if (pattern.isEmpty()) {
            return Optional.of("a rename pattern is not empty");
        }
        int any = 0;
        for (String part : pattern.split("\\.", -1)) {
            if (part.equals(ANY)) {
                any++;
            } else if (!part.equals(ONE) && NameRules.qualifier(part).isPresent()) {
                return Optional.of("a rename pattern is qualifiers, * or ** separated by periods");
            }
        }
        if (any > 1) {
            return Optional.of("a rename pattern has ** at most once");
        }
        return Optional.empty();
    }

    /** The wildcards of a pattern, in order ({@code *} and {@code **}). */
    public static List<String> wildcards(String pattern) {
        List<String> wildcards = new ArrayList<>();
        for (String part : pattern.split("\\.", -1)) {
            if (part.equals(ONE) || part.equals(ANY)) {
                wildcards.add(part);
            }
        }
        return wildcards;
    }
}
