package dev.zdeploy.bench;

import java.io.Writer;
import org.openjdk.jmh.infra.Blackhole;

/** A writer whose text goes nowhere but JMH's blackhole, so that writing it cannot be optimized away. */
final class BlackholeWriter extends Writer {

    private final Blackhole sink;

    BlackholeWriter(Blackhole sink) {
        this.sink = sink;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        sink.consume(buffer);
        sink.consume(length);
    }

    @Override
    public void write(String text, int offset, int length) {
        sink.consume(text);
        sink.consume(length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
