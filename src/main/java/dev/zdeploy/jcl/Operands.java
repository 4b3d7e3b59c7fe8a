package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/** Splits a JCL operand field into its parameters: at commas outside apostrophes and parentheses. */
final class Operands {

    private Operands() {}

    static List<String> split(String operand) {
        List<String> params = new ArrayList<>();
        if (operand.isEmpty()) {
            return params;
        }
        boolean open = false;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < operand.length(); i++) {
            char c = operand.charAt(i);
            if (c == '\'') {
                open = !open;
            } else if (!open && c == '(') {
                depth++;
            } else if (!open && c == ')') {
                depth--;
            } else if (!open && depth <= 0 && c == ',') {
                params.add(operand.substring(start, i));
                start = i + 1;
            }
        }
        params.add(operand.substring(start));
        return params;
    }
}
