package dev.zdeploy.json;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The three inputs, recognised by their top-level fields, so that a file given in the wrong place
 * (a request as the inventory, say) is named for what it is instead of reported field by field.
 * Recognition is deliberately narrow: only a document that is clearly another input is named.
 */
public enum InputKind {
    DESCRIPTOR("a descriptor", "descriptor"),
    REQUEST("a deployment request", "request"),
    INVENTORY("an inventory", "inventory");

    /** The outer field of every descriptor. */
    private static final String DESCRIPTOR_ROOT = "izud.pswi.descriptor";
    private static final Set<String> INVENTORY_FIELDS =
            Set.of("datasets", "aliases", "usercatalogs", "softwareinstances", "volumes");
    /** Fields only a request has at its top level (a descriptor's are inside its outer object). */
    private static final List<String> REQUEST_FIELDS =
            List.of("source", "targetvolumes", "mastercatalog", "jobstatement", "jcldataset", "zosmfuid", "system");

    private final String description;
    private final String role;

    InputKind(String description, String role) {
        this.description = description;
        this.role = role;
    }

    /** "a deployment request". */
    public String description() {
        return description;
    }

    /** What a document of this kind is, judging by the field names of its root object, if it is clear. */
    public static Optional<InputKind> recognise(List<String> fields) {
        // The $schema an editor reads is no sign of either input.
        List<String> rootFields = fields.stream().filter(field -> !field.equals(JsonCursor.SCHEMA_FIELD)).toList();
        if (rootFields.contains(DESCRIPTOR_ROOT)) {
            return Optional.of(DESCRIPTOR);
        }
        if (rootFields.contains("name") && rootFields.stream().anyMatch(REQUEST_FIELDS::contains)) {
            return Optional.of(REQUEST);
        }
        if (!rootFields.isEmpty() && INVENTORY_FIELDS.containsAll(rootFields)) {
            return Optional.of(INVENTORY);
        }
        return Optional.empty();
    }

    /** The rule of the problem for a document of this kind given as {@code expected}. */
    String givenAs(InputKind expected, List<String> rootFields) {
        List<String> telling = rootFields.contains(DESCRIPTOR_ROOT) ? List.of(DESCRIPTOR_ROOT)
                : rootFields.stream().limit(4).toList();
        return "this file is " + description + ", not " + expected.description + " (its fields: "
                + String.join(", ", telling) + (telling.size() < rootFields.size() ? ", ..." : "")
                + "): was it given as the " + expected.role + " instead of as the " + role + "?";
    }
}
