package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for comment text, where no continuation rules apply: each record stands alone. */
final class Words {

    private Words() {}

    /**
     * Records of {@code prefix}, a blank and as many words of {@code text} as fit by {@code lastColumn};
     * a word too long for one record is cut. An empty text gives the bare prefix.
     */
    static List<String> wrap(String prefix, String text, String suffix, int lastColumn) {
        List<String> records = new ArrayList<>();
        int room = lastColumn - prefix.length() - 1 - suffix.length();
        StringBuilder line = new StringBuilder();
        String words = text.strip();
        // The words are the runs between blanks, found by a scan rather than split(" +"): a comment box can
        // list a value for every data set (VF's DDDEF values).
        for (int at = 0; at < words.length(); ) {
            if (words.charAt(at) == ' ') {
                at++;
                continue;
            }
            int end = words.indexOf(' ', at);
            end = end < 0 ? words.length() : end;
            String word = words.substring(at, end);
            at = end;
            while (word.length() > room) {
                if (line.length() > 0) {
                    records.add(record(prefix, line, suffix));
                    line.setLength(0);
                }
                records.add(record(prefix, new StringBuilder(word.substring(0, room)), suffix));
                word = word.substring(room);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                records.add(record(prefix, line, suffix));
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || records.isEmpty()) {
            records.add(record(prefix, line, suffix));
        }
        return records;
    }

    private static String record(String prefix, CharSequence words, String suffix) {
        return words.length() == 0 ? prefix.stripTrailing() : prefix + " " + words + suffix;
    }

    /** Comment records {@code /* text *}{@code /} starting in column 2, for languages that read such comments. */
    static List<String> blockComment(String language, String text, int lastColumn) {
        Pieces.checkCharacters(text, language + " comment");
        if (text.contains("*/")) {
            throw new JclSyntaxException(language + ": a comment cannot hold */: " + text);
        }
        return wrap(" /*", text, " */", lastColumn);
    }
}
