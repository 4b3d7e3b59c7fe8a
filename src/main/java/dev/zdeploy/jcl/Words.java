package dev.zdeploy.jcl;

import java.util.List;

/** Word wrapping for comment text, where no continuation rules apply: each record stands alone. */
final class Words {

    private Words() {}

    /**
     * Records of {@code prefix}, a blank and as many words of {@code text} as fit by {@code lastColumn};
     * a word too long for one record is cut. An empty text gives the bare prefix.
     */
    static List<String> wrap(String prefix, String text, String suffix, int lastColumn) {
        StringBuilder out = new StringBuilder();
        new WordWrap(prefix, suffix, lastColumn, out).add(text.strip()).end();
        return MarkedLayout.records(out);
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
