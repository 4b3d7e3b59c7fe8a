package dev.zdeploy.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A data set name pattern of a rename rule (z/OSMF v2 shape): qualifiers separated by periods, where
 * {@code *} stands for exactly one qualifier and {@code **} for any number of qualifiers, none
 * included. A wildcard always stands for whole qualifiers ({@code SYS*} is not a pattern). When a
 * name can be matched in more than one way, each {@code **} takes as few qualifiers as it can.
 */
final class DsnPattern {

    static final String ONE = "*";
    static final String ANY = "**";

    private final String text;
    private final String[] parts;

    private DsnPattern(String text, String[] parts) {
        this.text = text;
        this.parts = parts;
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

    /** The wildcards in order, e.g. {@code [*, **]} for {@code *.NEW.**}. */
    List<String> wildcards() {
        List<String> wildcards = new ArrayList<>();
        for (String part : parts) {
            if (part.equals(ONE) || part.equals(ANY)) {
                wildcards.add(part);
            }
        }
        return wildcards;
    }

    /**
     * What each wildcard matched, in order (a {@code **} that matched no qualifier gives ""), or null
     * when the name does not match.
     */
    List<String> match(String dsname) {
        String[] qualifiers = dsname.split("\\.", -1);
        List<String> captures = new ArrayList<>();
        return match(qualifiers, 0, 0, captures) ? captures : null;
    }

    boolean matches(String dsname) {
        return match(dsname) != null;
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

    private boolean match(String[] qualifiers, int at, int part, List<String> captures) {
        if (part == parts.length) {
            return at == qualifiers.length;
        }
        String pattern = parts[part];
        if (pattern.equals(ANY)) {
            for (int end = at; end <= qualifiers.length; end++) {
                captures.add(String.join(".", Arrays.asList(qualifiers).subList(at, end)));
                if (match(qualifiers, end, part + 1, captures)) {
                    return true;
                }
                captures.remove(captures.size() - 1);
            }
            return false;
        }
        if (at == qualifiers.length) {
            return false;
        }
        if (pattern.equals(ONE)) {
            captures.add(qualifiers[at]);
            if (match(qualifiers, at + 1, part + 1, captures)) {
                return true;
            }
            captures.remove(captures.size() - 1);
            return false;
        }
        return pattern.equals(qualifiers[at]) && match(qualifiers, at + 1, part + 1, captures);
    }

    @Override
    public String toString() {
        return text;
    }
}
