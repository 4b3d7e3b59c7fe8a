package dev.zdeploy.render;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A comment box paragraph that lists a value for each of {@code items}: {@code before}, the values
 * separated by {@code separator}, then {@code after}. The shipped templates pass it among the box's
 * paragraphs and {@code <@jcl.write.comment text=paragraph/>} writes it value by value (see
 * {@link CommentLines}): VF's DDDEF values are tens of megabytes at 1,000,000 data sets, and as one
 * string they were made, copied as the string grew and wrapped whole. {@link #toString()} is the whole
 * text, for a site template that writes it with {@code jcl.comment} as a string.
 *
 * @param value appends the value of an item
 */
record Paragraph<T>(String before, List<T> items, String separator, BiConsumer<T, StringBuilder> value,
                    String after) {

    /** Writes the paragraph into {@code lines}, one value at a time. */
    void write(CommentLines lines) {
        lines.add(before);
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (T item : items) {
            text.setLength(0);
            if (!first) {
                text.append(separator);
            }
            first = false;
            value.accept(item, text);
            lines.add(text);
        }
        lines.add(after);
    }

    /** The values, separated: what the string functions ({@code jcl.dddefValues}) return. */
    static <T> String values(List<T> items, String separator, BiConsumer<T, StringBuilder> value) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (T item : items) {
            if (!first) {
                text.append(separator);
            }
            first = false;
            value.accept(item, text);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return before + values(items, separator, value) + after;
    }
}
