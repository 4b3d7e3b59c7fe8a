package dev.zdeploy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON text into a tree, turning a syntax error into one problem with its line and column.
 * Duplicate keys and text after the document are syntax errors: a second {@code "mastercatalog"}
 * silently winning over the first is how a deployment goes to the wrong place.
 */
public final class JsonText {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                            .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** What a syntax error is, as Jackson's message starts: words only, before any quoted text. */
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z -]*[A-Za-z]");

    /**
     * What Jackson expected, as its message ends: its own vocabulary only. Anything else might be,
     * or hold, the text the parser stopped at.
     */
    private static final Pattern EXPECTED = Pattern.compile(
            "(was expecting|expected)( [A-Za-z][A-Za-z -]*[A-Za-z])?"
                    + "( \\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\))?");

    /** Said in place of the text a syntax error stopped at: any input file may hold a password. */
    static final String NOT_SHOWN = "(the text there is not shown: the file may hold a password)";

    /**
     * Reads one value (a subtree) where a streaming parser stands: the same nodes {@link #parse} builds,
     * without the check for text after the value, which only the document as a whole has.
     */
    private static final com.fasterxml.jackson.databind.ObjectReader SUBTREE =
            MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonText() {}

    /** A streaming parser over {@code text}, with the limits and duplicate detection of {@link #parse}. */
    static com.fasterxml.jackson.core.JsonParser createParser(java.io.Reader text) throws java.io.IOException {
        return MAPPER.createParser(text);
    }

    /** The value where {@code parser} stands, as a tree (JSON null as a null node). */
    static JsonNode subtree(com.fasterxml.jackson.core.JsonParser parser) throws java.io.IOException {
        JsonNode node = SUBTREE.readTree(parser);
        return node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
    }

    /**
     * The error {@link #parse} reports for text after the document (as databind's check raises it), for
     * a streaming parser that found {@code token} there.
     */
    static JsonProcessingException trailingText(com.fasterxml.jackson.core.JsonParser parser,
            com.fasterxml.jackson.core.JsonToken token) {
        return MismatchedInputException.from(parser, JsonNode.class, "Trailing token (of type " + token
                + ") found after value (bound as " + JsonNode.class.getName() + "): not allowed as per"
                + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
    }

    /**
     * The document's root, or null (with a problem) when the text is not one JSON document. A syntax
     * error quotes no text of the file at all, in any input: the token it stopped at may be a password,
     * and no test of the text can tell (a request given as --descriptor, a key spelt {@code "zos'fpw"}
     * or written with escapes is still the user's password). Line and column say where to look.
     */
    public static JsonNode parse(String text, Problems problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.error("", syntaxRule(e), null);
            return null;
        }
        if (root == null || root.isMissingNode()) {
            problems.error("", "the file holds no JSON document (it is empty)", null);
            return null;
        }
        return root;
    }

    /** The syntax error told without any text of the file: what kind of error, where, what was expected. */
    static String syntaxRule(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String what = e.getOriginalMessage().startsWith("String value length")
                    ? "a string value is longer than " + InputLimits.number(InputLimits.MAX_STRING_LENGTH) + " characters"
                    : e.getOriginalMessage().startsWith("Document nesting depth")
                            ? "lists and objects nest deeper than " + InputLimits.MAX_NESTING_DEPTH + " levels"
                            : "a value goes beyond what zdeploy reads";
            JsonLocation location = e.getLocation();
            String at = location == null || location.getLineNr() < 0 ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            return "the file goes beyond a limit: " + what + at + ", the most zdeploy reads in any input (README,"
                    + " Limits)";
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token")) {
            return atLocation(e, "more text follows the end of the JSON document");
        }
        String message = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
        Matcher kind = KIND.matcher(message);
        String told = kind.lookingAt() ? kind.group() : "the text is not valid JSON";
        int colon = message.lastIndexOf(": ");
        if (colon >= 0 && EXPECTED.matcher(message.substring(colon + 2)).matches()) {
            told += ": " + message.substring(colon + 2);
        }
        return atLocation(e, told + " " + NOT_SHOWN);
    }

    private static String atLocation(JsonProcessingException e, String message) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "JSON syntax error: " + message;
        }
        return "JSON syntax error at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }
}
