package dev.zdeploy.plan;

import dev.zdeploy.request.RenamePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set name pattern of a rename rule (z/OSMF v2 shape): qualifiers separated by periods, where
 * {@code *} stands for exactly one qualifier and {@code **} for any number of qualifiers, none
 * included. A wildcard always stands for whole qualifiers ({@code SYS*} is not a pattern). When a
 * name can be matched in more than one way, each {@code **} takes as few qualifiers as it can.
 */
final class DsnPattern {

    private static final String ONE = RenamePattern.ONE;
    private static final String ANY = RenamePattern.ANY;

    private final String text;
    private final String[] parts;
    private final int wildcards;

    private DsnPattern(String text, String[] parts) {
        this.text = text;
        this.parts = parts;
        int count = 0;
        for (String part : parts) {
            if (part.equals(ONE) || part.equals(ANY)) {
                count++;
            }
        }
        this.wildcards = count;
    }

    /** @throws IllegalArgumentException with the rule broken, worded for a user */
    static DsnPattern compile(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a name pattern is qualifiers separated by periods");
        }
        String[] parts = text.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("a name pattern has no empty qualifiers");
            }
            if (part.indexOf('*') >= 0 && !part.equals(ONE) && !part.equals(ANY)) {
                throw new IllegalArgumentException(
                        "a wildcard stands for whole qualifiers: * for one, ** for any number");
            }
        }
        return new DsnPattern(text, parts);
    }

    String text() {
        return text;
    }

    /** The first qualifier when it is written out (no wildcard), else null: a name matches only if it starts with it. */
    String literalFirstQualifier() {
        return parts[0].equals(ONE) || parts[0].equals(ANY) ? null : parts[0];
    }

    /** The wildcards in order, e.g. {@code [*, **]} for {@code *.NEW.**}. */
    List<String> wildcards() {
        return RenamePattern.wildcards(text);
    }

    /**
     * What each wildcard matched, in order (a {@code **} that matched no qualifier gives ""), or null
     * when the name does not match.
     */
    List<String> match(String dsname) {
        Qualifiers qualifiers = Qualifiers.of(dsname);
        int[] captures = new int[wildcards * 2];
        if (qualifiers == null || !match(qualifiers, 0, 0, captures, 0)) {
            return null;
        }
        List<String> texts = new ArrayList<>(wildcards);
        for (int w = 0; w < wildcards; w++) {
            texts.add(qualifiers.text(captures[2 * w], captures[2 * w + 1]));
        }
        return texts;
    }

    boolean matches(String dsname) {
        Qualifiers qualifiers = Qualifiers.of(dsname);
        return qualifiers != null && match(qualifiers, 0, 0, new int[wildcards * 2], 0);
    }

    /** The name this pattern describes with its wildcards replaced by {@code captures}, in order. */
    String fill(List<String> captures) {
        StringBuilder name = new StringBuilder(text.length() + 16);
        int next = 0;
        for (String part : parts) {
            String piece = part.equals(ONE) || part.equals(ANY) ? captures.get(next++) : part;
            if (piece.isEmpty()) {
                continue;
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(piece);
        }
        return name.toString();
    }

    /**
     * Matches parts from {@code part} on against qualifiers from {@code at} on; wildcard {@code w}
     * records the qualifiers it took as {@code captures[2w]} (first) and {@code captures[2w+1]} (end).
     */
    private boolean match(Qualifiers qualifiers, int at, int part, int[] captures, int wildcard) {
        if (part == parts.length) {
            return at == qualifiers.count;
        }
        String pattern = parts[part];
        if (pattern.equals(ANY)) {
            for (int end = at; end <= qualifiers.count; end++) {
                captures[2 * wildcard] = at;
                captures[2 * wildcard + 1] = end;
                if (match(qualifiers, end, part + 1, captures, wildcard + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (at == qualifiers.count) {
            return false;
        }
        if (pattern.equals(ONE)) {
            captures[2 * wildcard] = at;
            captures[2 * wildcard + 1] = at + 1;
            return match(qualifiers, at + 1, part + 1, captures, wildcard + 1);
        }
        return qualifiers.is(at, pattern) && match(qualifiers, at + 1, part + 1, captures, wildcard);
    }

    /** The qualifiers of a name as offsets into it, so matching makes no strings. */
    private static final class Qualifiers {
        final String name;
        final int[] starts;
        final int count;

        private Qualifiers(String name, int[] starts, int count) {
            this.name = name;
            this.starts = starts;
            this.count = count;
        }

        static Qualifiers of(String name) {
            if (name.isEmpty()) {
                return null;
            }
            int count = 1;
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) == '.') {
                    count++;
                }
            }
            int[] starts = new int[count + 1];
            int k = 1;
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) == '.') {
                    starts[k++] = i + 1;
                }
            }
            starts[count] = name.length() + 1;
            return new Qualifiers(name, starts, count);
        }

        boolean is(int index, String qualifier) {
            int length = starts[index + 1] - 1 - starts[index];
            return length == qualifier.length() && name.regionMatches(starts[index], qualifier, 0, length);
        }

        /** Qualifiers first (inclusive) to end (exclusive) with their periods, "" when none. */
        String text(int first, int end) {
            return first == end ? "" : name.substring(starts[first], starts[end] - 1);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
