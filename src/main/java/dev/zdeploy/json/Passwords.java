package dev.zdeploy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The fields of an input that hold passwords (the request's {@code zosmfpw} and {@code proxypw}),
 * and how a problem shows a JSON value that holds one: with the password masked. A problem may quote
 * any value (a request wrapped in a list is quoted whole), so the value is masked wherever it sits.
 */
public final class Passwords {

    /** What is shown in place of a password. */
    public static final String MASK = "********";

    /** The names of the fields that hold passwords, wherever they appear in a document. */
    public static final List<String> FIELDS = List.of("zosmfpw", "proxypw");

    private Passwords() {}

    /** {@code node} itself when it holds no password field, else a copy with every one masked. */
    static JsonNode masked(JsonNode node) {
        if (!node.isContainerNode() || FIELDS.stream().allMatch(field -> node.findValue(field) == null)) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        for (String field : FIELDS) {
            for (JsonNode holder : copy.findParents(field)) {
                ((ObjectNode) holder).put(field, MASK);
            }
        }
        return copy;
    }
}
