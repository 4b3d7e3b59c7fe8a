package dev.zdeploy.cli;

import dev.zdeploy.problem.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What zdeploy prints, with every control character but line feed and tab shown as an escape: a name
 * or value from an input (a source name holding ESC, an unknown field named with BEL) can never reach
 * the terminal as a control sequence, whatever message quotes it.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c == '\n' || c == '\t' || !Printable.isControl(c)) {
            out.write(c);
        } else {
            out.write(Printable.escape(String.valueOf((char) c)));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int from = offset;
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c != '\n' && c != '\t' && Printable.isControl(c)) {
                out.write(buffer, from, i - from);
                write(c);
                from = i + 1;
            }
        }
        out.write(buffer, from, offset + length - from);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
