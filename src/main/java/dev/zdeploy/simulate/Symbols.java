package dev.zdeploy.simulate;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Symbol substitution (MVS JCL Reference, "Coding symbols in JCL"; docs/manual-syntax.md 7.4): a
 * symbol {@code &NAME} ends at a character that cannot be in a name; a period right after it is
 * part of the symbol and dropped ({@code &SYSUID..X} gives {@code USER.X}); {@code &&} starts a
 * temporary data set name and is left alone. An undefined symbol is left as written.
 */
final class Symbols {

    private static final Pattern SYMBOL = Pattern.compile("&&|&([A-Za-z@#$][A-Za-z0-9@#$_]{0,7})(\\.?)");

    private Symbols() {}

    static String substitute(String text, Map<String, String> values) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = SYMBOL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = m.group();
            } else {
                String value = values.get(m.group(1).toUpperCase(Locale.ROOT));
                replacement = value == null ? m.group() : value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The first symbol left in {@code text} (not {@code &&}), or null. */
    static String firstUnresolved(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                return "&" + m.group(1);
            }
        }
        return null;
    }
}
