package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of a utility command as IDCAMS, DFSMSdss and SMP/E write them: a keyword or value,
 * optionally followed by a parenthesized list of parameters ({@code NAME(X)}, {@code
 * RENAMEU((A,B) (C,D))}), or a list without a keyword ({@code (A,B)}). Separators are blanks and
 * commas; a value in apostrophes is one parameter (a doubled apostrophe stands for one); blanks
 * may stand between a keyword and its parenthesis (AMS IBM example {@code ENT (MN01.B005)}).
 *
 * @param word     the keyword or value (the text inside apostrophes for a quoted value), or null
 *                 for a bare list
 * @param quoted   whether the value was in apostrophes
 * @param list     the parameters inside its parentheses, or null when it has none
 */
public record Parameter(String word, boolean quoted, List<Parameter> list) {

    public Parameter {
        list = list == null ? null : List.copyOf(list);
    }

    /** The word in upper case, or "" for a bare list. */
    public String upper() {
        return word == null ? "" : word.toUpperCase(Locale.ROOT);
    }

    public boolean hasList() {
        return list != null;
    }

    /** The words of its list, flattening nested lists one level deep (e.g. {@code ((V1),(V2))}). */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        if (list != null) {
            for (Parameter p : list) {
                if (p.word != null) {
                    words.add(p.word);
                } else if (p.list != null) {
                    for (Parameter q : p.list) {
                        if (q.word != null) {
                            words.add(q.word);
                        }
                    }
                }
            }
        }
        return words;
    }

    /** The single value of its list ({@code NAME(X)} gives X), or null. */
    public String value() {
        return list != null && list.size() == 1 && list.get(0).word != null ? list.get(0).word : null;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (word != null) {
            out.append(quoted ? "'" + word.replace("'", "''") + "'" : word);
        }
        if (list != null) {
            out.append('(');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : " ").append(list.get(i));
            }
            out.append(')');
        }
        return out.toString();
    }

    /**
     * Parses {@code text} into its parameters.
     *
     * @throws JclSyntaxException parentheses that do not balance, an apostrophe not closed
     */
    public static List<Parameter> parse(String text) {
        int[] at = {0};
        List<Parameter> out = parseList(text, at, false);
        return out;
    }

    private static List<Parameter> parseList(String text, int[] at, boolean nested) {
        List<Parameter> items = new ArrayList<>();
        while (true) {
            skipSeparators(text, at);
            if (at[0] >= text.length()) {
                if (nested) {
                    throw new JclSyntaxException("a parenthesis is not closed in: " + text);
                }
                return items;
            }
            char c = text.charAt(at[0]);
            if (c == ')') {
                if (!nested) {
                    throw new JclSyntaxException("a parenthesis closes that was not opened in: " + text);
                }
                at[0]++;
                return items;
            }
            if (c == '(') {
                at[0]++;
                items.add(new Parameter(null, false, parseList(text, at, true)));
                continue;
            }
            String word;
            boolean quoted = false;
            if (c == '\'') {
                StringBuilder value = new StringBuilder();
                int i = at[0] + 1;
                while (true) {
                    if (i >= text.length()) {
                        throw new JclSyntaxException("an apostrophe is not closed in: " + text);
                    }
                    char d = text.charAt(i);
                    if (d == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(d);
                    i++;
                }
                word = value.toString();
                quoted = true;
                at[0] = i;
            } else {
                int start = at[0];
                int i = start;
                while (i < text.length() && " ,()'".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                word = text.substring(start, i);
                at[0] = i;
            }
            int look = at[0];
            while (look < text.length() && text.charAt(look) == ' ') {
                look++;
            }
            List<Parameter> list = null;
            if (look < text.length() && text.charAt(look) == '(') {
                at[0] = look + 1;
                list = parseList(text, at, true);
            }
            items.add(new Parameter(word, quoted, list));
        }
    }

    private static void skipSeparators(String text, int[] at) {
        while (at[0] < text.length() && (text.charAt(at[0]) == ' ' || text.charAt(at[0]) == ',')) {
            at[0]++;
        }
    }
}
