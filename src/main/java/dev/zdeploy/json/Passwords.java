package dev.zdeploy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an input that hold passwords (the request's {@code zosmfpw} and {@code proxypw}),
 * and how a problem shows a JSON value that holds one: with the password masked. A problem may quote
 * any value (a request wrapped in a list is quoted whole), so the value is masked wherever it sits.
 *
 * <p>A field is recognized by its meaning, not its spelling: by its decoded name (JSON lets a key be
 * written {@code "\u007a\u006f..."}), in any letter case and with blanks around it, since whoever
 * wrote {@code "ZOSMFPW"} meant a password even if z/OSMF would not read it as one.
 */
public final class Passwords {

    /** What is shown in place of a password. */
    public static final String MASK = "********";

    /** The names of the fields that hold passwords, wherever they appear in a document. */
    public static final List<String> FIELDS = List.of("zosmfpw", "proxypw");

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private Passwords() {}

    /** True when a (decoded) field name means a password. */
    public static boolean isPasswordField(String name) {
        return FIELDS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * True when raw JSON text, whatever state it is in, may hold a password: its {@code \\uXXXX}
     * escapes decoded, it names a password field in any letter case. Used when the text cannot be
     * parsed, so a syntax error never has a decoded key to go by.
     */
    public static boolean mayHoldPassword(String text) {
        Matcher escapes = UNICODE_ESCAPE.matcher(text);
        String decoded = escapes.replaceAll(escape -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        String lower = decoded.toLowerCase(Locale.ROOT);
        return FIELDS.stream().anyMatch(lower::contains);
    }

    /** {@code node} itself when it holds no password field, else a copy with every one masked. */
    static JsonNode masked(JsonNode node) {
        if (!node.isContainerNode() || !holdsPassword(node)) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        mask(copy);
        return copy;
    }

    private static boolean holdsPassword(JsonNode node) {
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (isPasswordField(field.getKey()) || holdsPassword(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (holdsPassword(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : (Iterable<String>) object::fieldNames) {
                if (isPasswordField(name)) {
                    object.put(name, MASK);
                } else {
                    mask(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Passwords::mask);
        }
    }
}
