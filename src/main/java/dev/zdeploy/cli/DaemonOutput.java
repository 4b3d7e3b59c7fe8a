package dev.zdeploy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;

/**
 * A command's standard output or error in the daemon: bytes sent to the client as frames of one type,
 * in the order written, when flushed (the command line's writers flush at every line). A client that has
 * gone (Ctrl-C, kill) makes the rest of the output go nowhere; the command runs to its end, so what it
 * writes is complete, as a direct run not interrupted would have written it.
 */
final class DaemonOutput extends OutputStream {

    private final SocketChannel channel;
    private final byte type;
    private final byte[] buffer = new byte[8192];
    private int count;
    private boolean gone;

    DaemonOutput(SocketChannel channel, byte type) {
        this.channel = channel;
        this.type = type;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            flush();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            flush();
            send(bytes, offset, length);
            return;
        }
        if (count + length > buffer.length) {
            flush();
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    @Override
    public void flush() {
        if (count > 0) {
            send(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public void close() {
        flush();
    }

    private void send(byte[] bytes, int offset, int length) {
        if (gone) {
            return;
        }
        try {
            DaemonProtocol.writeFrame(channel, type, bytes, offset, length);
        } catch (IOException e) {
            gone = true;
        }
    }

    /** Whether the client went away during the command. */
    boolean gone() {
        return gone;
    }
}
