package dev.zdeploy.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Names that must be unique in a list (data sets, zones, volumes, aliases), each with the entry
 * that first used it; a second use is reported where it occurs, naming the first.
 *
 * @param <T> what a name stands for
 */
public final class UniqueNames<T> {

    private final String rule;
    private final Map<String, Located<T>> first = new HashMap<>();

    /** {@code rule} says what must be unique, e.g. "a volume is listed once". */
    public UniqueNames(String rule) {
        this.rule = rule;
    }

    /** Registers {@code name} for {@code entry}; a name seen before is a problem at {@code field}. */
    public void add(String name, Located<T> entry, JsonCursor field) {
        if (name == null) {
            return;
        }
        Located<T> earlier = first.putIfAbsent(name, entry);
        if (earlier != null) {
            field.error(rule + "; it is also at " + earlier.at().pointer(), name);
        }
    }

    /** The entry that first used {@code name}, or null. */
    public Located<T> get(String name) {
        return first.get(name);
    }

    public boolean contains(String name) {
        return first.containsKey(name);
    }
}
