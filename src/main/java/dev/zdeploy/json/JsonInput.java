package dev.zdeploy.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zdeploy.problem.Printable;
import java.nio.file.Path;

/** Reads one JSON input (a file or text) into a record through a tree reader, collecting every problem. */
public final class JsonInput {

    /** Builds a record from the document's root, reporting problems through the cursor. Never throws. */
    @FunctionalInterface
    public interface TreeReader<T> {
        T read(JsonCursor root);
    }

    /**
     * A byte order mark as text (Notepad writes one before UTF-8): no part of the JSON text, and
     * RFC 8259 section 8.1 lets a parser ignore it.
     */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private JsonInput() {}

    /** Reads {@code json}; problems name the input {@code name}. A syntax error quotes none of its text. */
    public static <T> ReadResult<T> parse(String name, String json, TreeReader<T> reader) {
        return parse(name, json, reader, null);
    }

    /**
     * As {@link #parse(String, String, TreeReader)}; the list at {@code streamed} (a JSON pointer of
     * object fields, or null) is not held as a tree but read entry by entry
     * ({@link JsonCursor#forEachRequiredElement}).
     */
    public static <T> ReadResult<T> parse(String name, String json, TreeReader<T> reader, String streamed) {
        Problems problems = new Problems(name);
        String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
        JsonNode root = streamed == null ? JsonText.parse(text, problems)
                : StreamedDocument.parse(() -> new java.io.StringReader(text), streamed, problems);
        return read(root, reader, problems);
    }

    private static <T> ReadResult<T> read(JsonNode root, TreeReader<T> reader, Problems problems) {
        if (root != null && root.isNull()) {
            // A reader takes null as "absent"; a whole file of null is an input that says nothing.
            problems.error("", "must be an object ({...})", "null");
            return new ReadResult<>(null, problems.all());
        }
        if (root != null) {
            refuseControlCharactersInNames(root, "", problems);
        }
        T value = root == null ? null : reader.read(JsonCursor.root(root, problems));
        return new ReadResult<>(value, problems.all());
    }

    /**
     * A field name holding a control character (ESC, BEL ...) names no field of any input, and would
     * reach a terminal in every message naming it: refused wherever it is, at its pointer.
     */
    static void refuseControlCharactersInNames(JsonNode node, String pointer, Problems problems) {
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                String at = pointer + "/" + JsonCursor.escape(field.getKey());
                if (Printable.hasControl(field.getKey())) {
                    problems.error(at, "a field name holds no control characters", null);
                }
                refuseControlCharactersInNames(field.getValue(), at, problems);
            }
        } else if (node.isArray()) {
            if (node.size() > InputLimits.MAX_LIST_ENTRIES) {
                problems.error(pointer, "a list has at most " + InputLimits.number(InputLimits.MAX_LIST_ENTRIES)
                        + " entries; this one has " + InputLimits.number(node.size()) + " (README, Limits)", null);
                return;
            }
            if (node instanceof StreamedList streamed) {
                streamed.nameProblems().forEach(problems::add);
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                refuseControlCharactersInNames(node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    /** Reads a file; problems name it as given ({@code file.toString()}). */
    public static <T> ReadResult<T> parse(Path file, TreeReader<T> reader) {
        return parse(file, reader, Long.MAX_VALUE, null);
    }

    /**
     * Reads a file of at most {@code maxBytes} (a larger one is refused before it is read, naming
     * {@code what} it should be); problems name it as given.
     */
    public static <T> ReadResult<T> parse(Path file, TreeReader<T> reader, long maxBytes, String what) {
        Problems problems = new Problems(file.toString());
        long bytes = sizeOf(file);
        if (bytes > maxBytes) {
            problems.error("", InputLimits.tooLarge(what, bytes, maxBytes), null);
            return new ReadResult<>(null, problems.all());
        }
        String text = SourceFile.read(file, problems);
        if (text == null) {
            return new ReadResult<>(null, problems.all());
        }
        return parse(file.toString(), text, reader);
    }

    /**
     * Reads a file whose list at {@code streamed} (a JSON pointer of object fields) is read entry by
     * entry, never held whole, nor is the file's text: a regular file is read from disk in each pass
     * (anything else, a pipe, is read into memory first, as it can be read only once). Problems are
     * those of {@link #parse(Path, TreeReader)}.
     */
    public static <T> ReadResult<T> parse(Path file, TreeReader<T> reader, String streamed) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            Problems problems = new Problems(file.toString());
            String text = SourceFile.read(file, problems);
            return text == null ? new ReadResult<>(null, problems.all())
                    : parse(file.toString(), text, reader, streamed);
        }
        Problems problems = new Problems(file.toString());
        if (!SourceFile.isUtf8(file, problems)) {
            return new ReadResult<>(null, problems.all());
        }
        JsonNode root = StreamedDocument.parse(() -> SourceFile.reader(file), streamed, problems);
        return read(root, reader, problems);
    }

    /** The size of a regular file; 0 when there is none, whose reading then reports why. */
    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
        } catch (java.io.IOException | SecurityException e) {
            return 0;
        }
    }
}
