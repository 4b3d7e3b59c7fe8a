package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads JCL operand text the way the system does: apostrophes enclose values (a doubled apostrophe
 * closes and reopens, which keeps the count right), parentheses nest outside apostrophes.
 */
final class Operands {

    /** What a scan found at the end of the text. */
    record Scan(boolean quoteOpen, int depth, boolean closedTooMany) {}

    /** Sees each character outside apostrophes with the parenthesis depth after it; false stops the scan. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(int index, char c, int depth);
    }

    private Operands() {}

    static Scan scan(String text, Visitor visitor) {
        boolean open = false;
        int depth = 0;
        boolean tooMany = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                open = !open;
                continue;
            }
            if (open) {
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                tooMany |= depth < 0;
            }
            if (!visitor.visit(i, c, depth)) {
                break;
            }
        }
        return new Scan(open, depth, tooMany);
    }

    static Scan scan(String text) {
        return scan(text, (i, c, depth) -> true);
    }

    /** The parameters of an operand field: split at commas outside apostrophes and parentheses. */
    static List<String> split(String operand) {
        List<String> params = new ArrayList<>();
        if (operand.isEmpty()) {
            return params;
        }
        int[] start = {0};
        scan(operand, (i, c, depth) -> {
            if (c == ',' && depth <= 0) {
                params.add(operand.substring(start[0], i));
                start[0] = i + 1;
            }
            return true;
        });
        params.add(operand.substring(start[0]));
        return params;
    }

    /** The index of the {@code =} of a keyword parameter, or -1 for a positional one. */
    static int equalsSign(String param) {
        int[] at = {-1};
        scan(param, (i, c, depth) -> {
            if (c == '=' && depth == 0) {
                at[0] = i;
                return false;
            }
            return true;
        });
        return at[0];
    }
}
