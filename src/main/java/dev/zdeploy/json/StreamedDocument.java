package dev.zdeploy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses a document with a streaming parser into the tree {@link JsonText#parse} would build, except
 * for one list, named by a JSON pointer of object fields (the descriptor's
 * {@code /izud.pswi.descriptor/datasets}): that list becomes a {@link StreamedList}, counted and
 * checked in this pass and read again entry by entry when a reader walks it. Memory then holds one
 * entry's tree at a time, not the document's: a descriptor of 100,000 data sets was 340 MB of nodes.
 * Syntax errors, limits and duplicate keys are found in this first pass, exactly as the tree parser
 * finds them, so a document that fails does so here with the same problem.
 */
final class StreamedDocument {

    /** Opens the text anew for each pass. */
    @FunctionalInterface
    interface Text {
        Reader open() throws IOException;
    }

    private final Text text;
    private final List<String> path;
    private final String source;

    private StreamedDocument(Text text, String streamed, String source) {
        this.text = text;
        this.path = Arrays.stream(streamed.substring(1).split("/", -1)).map(StreamedDocument::unescape).toList();
        this.source = source;
    }

    /**
     * The document's root, or null with one problem when the text is not one JSON document (as
     * {@link JsonText#parse} reports it).
     *
     * @param streamed a JSON pointer of object fields to the list not to hold as a tree
     */
    static JsonNode parse(Text text, String streamed, Problems problems) {
        return new StreamedDocument(text, streamed, problems.source()).parse(problems);
    }

    private JsonNode parse(Problems problems) {
        try (Reader reader = text.open(); JsonParser parser = JsonText.createParser(reader)) {
            if (parser.nextToken() == null) {
                problems.error("", "the file holds no JSON document (it is empty)", null);
                return null;
            }
            JsonNode root = value(parser, "", 0);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw JsonText.trailingText(parser, after);
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.error("", JsonText.syntaxRule(e), null);
            return null;
        } catch (IOException e) {
            problems.error("", "the file cannot be read (" + e.getClass().getSimpleName() + ")", null);
            return null;
        }
    }

    /** The value where the parser stands, {@code depth} fields down the path to the streamed list. */
    private JsonNode value(JsonParser parser, String pointer, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (depth == path.size() && token == JsonToken.START_ARRAY) {
            return streamedList(parser, pointer);
        }
        if (depth == path.size() || token != JsonToken.START_OBJECT) {
            return JsonText.subtree(parser);
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            String at = pointer + "/" + JsonCursor.escape(name);
            object.set(name, name.equals(path.get(depth)) ? value(parser, at, depth + 1) : JsonText.subtree(parser));
        }
        return object;
    }

    /** Counts the list's entries, checking each as a tree is checked, and keeps none of them. */
    private StreamedList streamedList(JsonParser parser, String pointer) throws IOException {
        Problems names = new Problems(source);
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = JsonText.subtree(parser);
            if (count < InputLimits.MAX_LIST_ENTRIES) {
                JsonInput.refuseControlCharactersInNames(entry, pointer + "/" + count, names);
            }
            count++;
        }
        return new StreamedList(count, count > InputLimits.MAX_LIST_ENTRIES ? List.of() : names.all(), this::entries);
    }

    /** The second pass: every entry of the streamed list, in order, one tree at a time. */
    private void entries(StreamedList.EntryAction action) {
        try (Reader reader = text.open(); JsonParser parser = JsonText.createParser(reader)) {
            parser.nextToken();
            for (String field : path) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new IOException("no object at field " + field);
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME && !parser.currentName().equals(field)) {
                    parser.nextToken();
                    parser.skipChildren();
                }
                parser.nextToken();
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new IOException("no list at the streamed pointer");
            }
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                action.accept(index, JsonText.subtree(parser));
            }
        } catch (IOException e) {
            // The first pass read this text whole: only a file changed while it is read gets here.
            throw new UncheckedIOException(source + " changed while it was read", e);
        }
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
