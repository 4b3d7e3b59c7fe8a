package dev.zdeploy.render;

import java.io.StringWriter;

/** A StringWriter that notes the largest single write it was given: a directive writes its records in pieces. */
final class LargestWrite extends StringWriter {

    int largest;

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        largest = Math.max(largest, length);
        super.write(text, offset, length);
    }

    @Override
    public void write(char[] text, int offset, int length) {
        largest = Math.max(largest, length);
        super.write(text, offset, length);
    }

    @Override
    public StringWriter append(CharSequence text) {
        write(text.toString());
        return this;
    }
}
