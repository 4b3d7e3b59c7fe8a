package dev.zdeploy.json;

import java.util.List;

/**
 * A value read from a document and the position it was read at, so that a later rule relating
 * several values can report against the right JSON pointer.
 *
 * @param value the value read
 * @param at    where it was read
 * @param <T>   the value type
 */
public record Located<T>(T value, JsonCursor at) {

    /** The values alone, in order. */
    public static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
