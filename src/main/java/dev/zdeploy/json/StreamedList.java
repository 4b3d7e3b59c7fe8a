package dev.zdeploy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.zdeploy.problem.Problem;
import java.util.List;

/**
 * A list of a document that is not held as a tree: the descriptor's data sets (a million entries
 * would be gigabytes of nodes). The first pass over the document counted its entries and checked
 * what every tree is checked for (field names); its entries are read again, one at a time, when a
 * reader walks it ({@link JsonCursor#forEachRequiredElement}), each dropped once read. It answers
 * {@link #size()} with the count, so a problem showing its shape says {@code [... 3 items]} as ever.
 */
final class StreamedList extends ArrayNode {

    private static final long serialVersionUID = 1L;

    /** Reads the entries again, one at a time, in order. */
    @FunctionalInterface
    interface Entries {
        /** Hands entry {@code index} to {@code action}, for every entry in order. */
        void forEach(EntryAction action);
    }

    @FunctionalInterface
    interface EntryAction {
        void accept(int index, JsonNode entry);
    }

    private final transient int count;
    private final transient List<Problem> nameProblems;
    private final transient Entries entries;

    StreamedList(int count, List<Problem> nameProblems, Entries entries) {
        super(JsonNodeFactory.instance);
        this.count = count;
        this.nameProblems = List.copyOf(nameProblems);
        this.entries = entries;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    /** The problems of field names inside the entries, found by the first pass, in document order. */
    List<Problem> nameProblems() {
        return nameProblems;
    }

    void readEntries(EntryAction action) {
        entries.forEach(action);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
