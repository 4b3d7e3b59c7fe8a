package dev.zdeploy.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zdeploy.problem.Printable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;

/**
 * A position in a JSON tree that knows its JSON pointer (RFC 6901) and reports what is wrong there
 * to a {@link Problems} collector. Reading through a cursor never throws: a value of the wrong
 * type becomes a problem and reads as absent, so one bad field never hides the next.
 */
public final class JsonCursor {

    /** A naming rule: the rule broken, or empty when the text is valid (the shape of NameRules). */
    public interface Rule extends Function<String, Optional<String>> {}

    private static final int SHOWN_LENGTH = 60;

    /**
     * The field naming a file's JSON Schema ({@code "$schema": "./schemas/request.schema.json"}), which
     * editors read to check the file as it is typed: allowed at the top of every input, a string, else
     * ignored by zdeploy.
     */
    public static final String SCHEMA_FIELD = "$schema";

    /** A whole number as the seeds write one in a string: digits, no sign but minus, no leading zero. */
    private static final java.util.regex.Pattern CANONICAL_NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    private final JsonNode node;
    private final String pointer;
    private final Problems problems;

    private JsonCursor(JsonNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    public static JsonCursor root(JsonNode node, Problems problems) {
        return new JsonCursor(node, "", problems);
    }

    public String pointer() {
        return pointer;
    }

    public Problems problems() {
        return problems;
    }

    /** True when the field exists and is not JSON null. */
    public boolean isPresent() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** True when the value here is a JSON object. */
    public boolean isObject() {
        return isPresent() && node.isObject();
    }

    /** True when the value here is a JSON list. */
    public boolean isList() {
        return isPresent() && node.isArray();
    }

    /** True for a string, number or boolean. */
    public boolean isScalar() {
        return isPresent() && node.isValueNode();
    }

    /** A string, number or boolean as text, or null for anything else. */
    public String scalarText() {
        return isScalar() ? node.asText() : null;
    }

    /** The child named {@code name}; absent when this is not an object or has no such field. */
    public JsonCursor field(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new JsonCursor(child, pointer + "/" + escape(name), problems);
    }

    /** True when this is an object; reports a problem when it is present but something else. */
    public boolean expectObject() {
        if (!isPresent()) {
            return false;
        }
        if (!node.isObject()) {
            error("must be an object ({...})", shown());
            return false;
        }
        return true;
    }

    /** Like {@link #expectObject()}, and reports a missing or null object as required. */
    public boolean requireObject() {
        if (!isPresent()) {
            error("is required", null);
            return false;
        }
        return expectObject();
    }

    /** Field names of this object, in document order (empty when not an object). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /**
     * True, with one problem, when this document is clearly another input than {@code expected} (a
     * request given as the inventory): its fields are then not reported one by one.
     */
    public boolean isAnotherInput(InputKind expected) {
        List<String> fields = fieldNames();
        Optional<InputKind> kind = InputKind.recognise(fields);
        if (kind.isEmpty() || kind.get() == expected) {
            return false;
        }
        error(kind.get().givenAs(expected, fields), null);
        return true;
    }

    /** An error for every field of this object not among {@code known}, naming the fields there are. */
    public void rejectUnknownFields(Set<String> known, String what) {
        for (String name : fieldNames()) {
            if (!known.contains(name) && !Printable.hasControl(name)) {
                // $schema is for editors: not one of the fields to choose from.
                field(name).error("unknown field: " + what + " has only "
                        + String.join(", ", known.stream().filter(field -> !field.equals(SCHEMA_FIELD)).sorted().toList()),
                        null);
            }
        }
    }

    /** Warns about every field of this object not among {@code known}. */
    public void warnUnknownFields(Set<String> known) {
        for (String name : fieldNames()) {
            if (!known.contains(name) && !Printable.hasControl(name)) {
                field(name).warning("unknown field, ignored", null);
            }
        }
    }

    /**
     * Fields not among {@code known} whose values are strings, numbers or booleans, as text, by name
     * (sorted); other unknown fields are dropped. Keeps what newer descriptors add without failing.
     */
    public Map<String, String> unknownScalars(Set<String> known) {
        Map<String, String> scalars = new TreeMap<>();
        for (String name : fieldNames()) {
            JsonNode value = node.get(name);
            if (!known.contains(name) && value.isValueNode() && !value.isNull()) {
                scalars.put(name, value.asText());
            }
        }
        return scalars;
    }

    /** Checks the {@link #SCHEMA_FIELD} of this top-level object: a string when given. */
    public void checkSchemaField() {
        field(SCHEMA_FIELD).text();
    }

    /** How many elements a list has; 0 for anything else. */
    public int size() {
        return node != null && node.isArray() ? node.size() : 0;
    }

    /** The elements of a list; absent or null is an empty list, any other type a problem. */
    public List<JsonCursor> elements() {
        if (!isPresent()) {
            return List.of();
        }
        if (!node.isArray()) {
            error("must be a list ([...])", shown());
            return List.of();
        }
        List<JsonCursor> elements = new ArrayList<>();
        Iterator<JsonNode> iterator = node.elements();
        for (int i = 0; iterator.hasNext(); i++) {
            elements.add(new JsonCursor(iterator.next(), pointer + "/" + i, problems));
        }
        return elements;
    }

    /**
     * As {@link #requiredElements()}, handing each element to {@code action} as it is read: a list the
     * document streams ({@link StreamedList}) is read one entry at a time and never held.
     */
    public void forEachRequiredElement(java.util.function.Consumer<JsonCursor> action) {
        if (node instanceof StreamedList streamed) {
            if (streamed.isEmpty()) {
                error("must list at least one entry", null);
            }
            streamed.readEntries((index, entry) -> action.accept(new JsonCursor(entry, pointer + "/" + index, problems)));
            return;
        }
        requiredElements().forEach(action);
    }

    /**
     * This position without its value: what a record read from here keeps to report later problems
     * against (a pointer), without holding the tree.
     */
    public JsonCursor detached() {
        return new JsonCursor(null, pointer, problems);
    }

    /** The elements of a list that are objects; any other element is reported and left out. */
    public List<JsonCursor> objects() {
        return elements().stream().filter(JsonCursor::requireObject).toList();
    }

    /** The elements of a list that must be given and hold at least one element. */
    public List<JsonCursor> requiredElements() {
        if (!isPresent()) {
            error("is required", null);
            return List.of();
        }
        List<JsonCursor> elements = elements();
        if (node.isArray() && elements.isEmpty()) {
            error("must list at least one entry", null);
        }
        return elements;
    }

    /** An optional string: null when absent or null; any other type is a problem. */
    public String text() {
        if (!isPresent()) {
            return null;
        }
        if (!node.isTextual()) {
            error("must be a string", shown());
            return null;
        }
        return node.textValue();
    }

    /** An optional string that must also satisfy {@code rule}. */
    public String text(Rule rule) {
        String text = text();
        check(text, rule);
        return text;
    }

    /** A string that must be given. */
    public String requiredText() {
        if (!isPresent()) {
            error("is required", null);
            return null;
        }
        return text();
    }

    /** A string that must be given and satisfy {@code rule}. */
    public String requiredText(Rule rule) {
        String text = requiredText();
        check(text, rule);
        return text;
    }

    /**
     * A password: a string whose value never appears in a problem, whatever is wrong with it.
     * Null when absent, null or of the wrong type.
     */
    public String secretText() {
        if (!isPresent()) {
            return null;
        }
        if (!node.isTextual()) {
            error("must be a string", null);
            return null;
        }
        return node.textValue();
    }

    /** Strings of a list; elements of the wrong type are problems and left out. */
    public List<String> texts() {
        return texts(null);
    }

    /** Strings of a list, each checked against {@code rule} (when not null). */
    public List<String> texts(Rule rule) {
        List<String> texts = new ArrayList<>();
        for (JsonCursor element : elements()) {
            String text = element.isPresent() ? element.text() : null;
            if (!element.isPresent()) {
                element.error("must be a string", "null");
            }
            if (text != null) {
                if (rule != null) {
                    element.check(text, rule);
                }
                texts.add(text);
            }
        }
        return texts;
    }

    /**
     * An optional whole number, given as a JSON number or as a string of digits (the descriptor
     * writes {@code "tracks":"76"}). Null when absent, null or not a whole number (a problem).
     */
    public Long wholeNumber() {
        if (!isPresent()) {
            return null;
        }
        BigInteger value = null;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node.isTextual() && CANONICAL_NUMBER.matcher(node.textValue()).matches()) {
            value = new BigInteger(node.textValue());
        } else if (node.isTextual() && node.textValue().strip().matches("[+-]?[0-9]{1,19}")) {
            // The seeds write counts as strings of digits ("tracks": "76", "used": "50"): " 76 ",
            // "076" and "+76" are no such string, and z/OSMF would not have written them.
            error("must be a whole number written in digits only, without blanks, a + sign or leading zeros (as in"
                    + " the documented \"tracks\": \"76\")", shown());
            return null;
        }
        if (value == null || value.bitLength() >= Long.SIZE) {
            error("must be a whole number", shown());
            return null;
        }
        return value.longValue();
    }

    /** A whole number that fits a Java int (every count in the descriptor does). */
    public Integer integer() {
        Long value = wholeNumber();
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            error("must be a whole number of at most " + Integer.MAX_VALUE, shown());
            return null;
        }
        return value.intValue();
    }

    /** A true/false flag (also accepted as the strings "true" and "false"); absent gives the default. */
    public boolean flag(boolean absent) {
        if (!isPresent()) {
            return absent;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
            return Boolean.parseBoolean(node.textValue());
        }
        error("must be true or false", shown());
        return absent;
    }

    /** Reports {@code rule}'s verdict on {@code text} against this position; nothing when text is null. */
    public boolean check(String text, Rule rule) {
        if (text == null) {
            return true;
        }
        Optional<String> broken = rule.apply(text);
        broken.ifPresent(message -> error(message, text));
        return broken.isEmpty();
    }

    public void error(String rule, String value) {
        problems.error(pointer, rule, value);
    }

    public void warning(String rule, String value) {
        problems.warning(pointer, rule, value);
    }

    /**
     * The value here as a problem shows it: a string or other scalar as is, shortened; a list or an
     * object only by its shape ({@code [... 2 items]}, {@code {... 3 fields}}). A container is never
     * quoted with its contents: whatever it holds may be a password under a key no rule recognizes
     * (a misspelt {@code "proxyxpw"} is still the user's password), so masking by key is not enough.
     */
    public String shown() {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isContainerNode()) {
            return shape(node);
        }
        String text = node.isTextual() ? node.textValue() : node.toString();
        return StringUtils.abbreviate(text, SHOWN_LENGTH);
    }

    private static String shape(JsonNode container) {
        int size = container.size();
        if (size == 0) {
            return container.isArray() ? "[]" : "{}";
        }
        String count = size + (container.isArray() ? " item" : " field") + (size == 1 ? "" : "s");
        return container.isArray() ? "[... " + count + "]" : "{... " + count + "}";
    }

    /** Escapes a key for a JSON pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1} (RFC 6901). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
