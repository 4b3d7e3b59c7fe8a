package dev.zdeploy.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses JSON text into a tree, turning a syntax error into one problem with its line and column.
 * Duplicate keys and text after the document are syntax errors: a second {@code "mastercatalog"}
 * silently winning over the first is how a deployment goes to the wrong place.
 */
public final class JsonText {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Jackson's messages name the source and location again; the problem line says them once. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\s*\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /** A document naming a password field: its syntax errors never quote the text they stopped at. */
    private static final Pattern SECRET_FIELD = Pattern.compile("\"(" + String.join("|", Passwords.FIELDS) + ")\"");

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private static final Set<String> JSON_LITERALS = Set.of("'null'", "'true'", "'false'");

    private JsonText() {}

    /** The document's root, or null (with a problem) when the text is not one JSON document. */
    public static JsonNode parse(String text, Problems problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String rule = syntaxRule(e);
            if (SECRET_FIELD.matcher(text).find()) {
                rule = QUOTED.matcher(rule).replaceAll(quoted -> JSON_LITERALS.contains(quoted.group())
                        ? quoted.group() : "'(not shown: the file holds a password)'");
            }
            problems.error("", rule, null);
            return null;
        }
        if (root == null || root.isMissingNode()) {
            problems.error("", "the file holds no JSON document (it is empty)", null);
            return null;
        }
        return root;
    }

    private static String syntaxRule(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token")) {
            return atLocation(e, "more text follows the end of the JSON document");
        }
        String message = SOURCE_LOCATION.matcher(e.getOriginalMessage()).replaceAll(" [line $1, column $2]");
        return atLocation(e, message.replaceAll("\\s+", " ").trim());
    }

    private static String atLocation(JsonProcessingException e, String message) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "JSON syntax error: " + message;
        }
        return "JSON syntax error at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }
}
