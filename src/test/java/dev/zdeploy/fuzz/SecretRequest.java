package dev.zdeploy.fuzz;

import dev.zdeploy.input.InputReader;
import java.util.Locale;

/**
 * A request carrying a password the way a hostile or careless user might write it: the key in any
 * spelling JSON allows ({@code \\uXXXX} escapes, letter case), the value quoted, unquoted, in a list
 * or an object, at any place in the document, then a few characters mutated. The oracle knows only
 * the password's value, not how its key is spelled: whatever happens to the request, that value
 * must never appear in anything zdeploy prints or writes.
 *
 * @param text   the request text
 * @param secret the password as zdeploy would decode it
 */
record SecretRequest(String text, String secret) {

    /** Where the choices come from: Jazzer's data, or a seeded random for the long runs. */
    interface Choices {
        /** A number from {@code min} to {@code max}, both included. */
        int pick(int min, int max);
    }

    static final String BASE = InputReader.exampleText("request.json");

    private static final String SECRET_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789#$@";

    static SecretRequest generate(Choices choices) {
        StringBuilder secret = new StringBuilder("Q");
        int length = choices.pick(7, 15);
        for (int i = 0; i < length; i++) {
            secret.append(SECRET_CHARACTERS.charAt(choices.pick(0, SECRET_CHARACTERS.length() - 1)));
        }
        String key = spell(choices.pick(0, 1) == 0 ? "zosmfpw" : "proxypw", choices);
        String value = value(secret.toString(), choices);
        String member = "\"" + key + "\"" + (choices.pick(0, 1) == 0 ? ": " : " :\n ") + value;
        StringBuilder text = new StringBuilder(place(member, choices));
        int edits = choices.pick(0, 3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = choices.pick(0, text.length() - 1);
            char c = (char) choices.pick(0x20, 0x7E);
            switch (choices.pick(0, 2)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, c);
                default -> text.setCharAt(at, c);
            }
        }
        return new SecretRequest(text.toString(), secret.toString());
    }

    /** The key with each character perhaps escaped, perhaps in upper case. */
    private static String spell(String key, Choices choices) {
        int style = choices.pick(0, 3);
        StringBuilder spelled = new StringBuilder();
        for (char c : key.toCharArray()) {
            boolean escape = style == 1 || (style == 2 && choices.pick(0, 1) == 0);
            char letter = style == 3 && choices.pick(0, 1) == 0 ? Character.toUpperCase(c) : c;
            spelled.append(escape ? String.format(Locale.ROOT, "\\u%04x", (int) letter) : String.valueOf(letter));
        }
        return spelled.toString();
    }

    private static String value(String secret, Choices choices) {
        String quoted = "\"" + escapeSome(secret, choices) + "\"";
        return switch (choices.pick(0, 4)) {
            case 0 -> quoted;
            case 1 -> secret;
            case 2 -> "[" + quoted + "]";
            case 3 -> "{\"value\": " + quoted + "}";
            default -> "[" + secret + "]";
        };
    }

    private static String escapeSome(String secret, Choices choices) {
        if (choices.pick(0, 2) != 0) {
            return secret;
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : secret.toCharArray()) {
            escaped.append(choices.pick(0, 1) == 0 ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return escaped.toString();
    }

    /** The member first, last, inside the source or master catalog object, or the request wrapped in a list. */
    private static String place(String member, Choices choices) {
        return switch (choices.pick(0, 4)) {
            case 0 -> BASE.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\n  " + member + ","));
            case 1 -> BASE.substring(0, BASE.lastIndexOf('}')) + ",\n  " + member + "\n}\n";
            case 2 -> BASE.replace("\"source\": {", "\"source\": {" + member + ", ");
            case 3 -> BASE.replace("\"mastercatalog\": {", "\"mastercatalog\": {" + member + ", ");
            default -> "[" + BASE.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + member + ",")) + "]";
        };
    }
}
