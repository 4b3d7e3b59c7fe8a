package dev.zdeploy.cli;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The client-daemon protocol, over one Unix domain socket connection per command.
 *
 * <pre>
 * daemon: GREETING                       (when it takes the connection: one command at a time)
 * client: kind byte, then for RUN: string key, int count, count strings (the arguments)
 * daemon: frames: type byte, int length, bytes; STDOUT/STDERR carry output, EXIT an int status and
 *         ends the run, REFUSED a reason (the client runs the command itself), INFO a status text
 * </pre>
 *
 * Strings are an int length and UTF-8 bytes. The client sends its request only after the greeting, so a
 * client that gave up waiting never has its command run as well.
 */
final class DaemonProtocol {

    static final byte[] GREETING = {'Z', 'D', 'D', '1'};

    static final byte RUN = 'R';
    static final byte STATUS = 'S';
    static final byte STOP = 'Q';

    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;
    static final byte INFO = 5;

    /** Bounds on what a daemon reads from a client: a key, the arguments and each of them. */
    static final int MAX_STRING = 1 << 20;
    static final int MAX_ARGUMENTS = 10_000;

    private DaemonProtocol() {}

    static void readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException();
            }
        }
        buffer.flip();
    }

    static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    static int readInt(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4);
        readFully(channel, buffer);
        return buffer.getInt();
    }

    static byte readByte(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1);
        readFully(channel, buffer);
        return buffer.get();
    }

    static String readString(SocketChannel channel) throws IOException {
        int length = readInt(channel);
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("string of " + length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        readFully(channel, buffer);
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    static void putString(ByteBuffer buffer, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        buffer.putInt(bytes.length).put(bytes);
    }

    static int size(String text) {
        return 4 + text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** One frame: type, length, bytes. */
    static void writeFrame(SocketChannel channel, byte type, byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(5 + length);
        buffer.put(type).putInt(length).put(bytes, offset, length).flip();
        writeFully(channel, buffer);
    }

    static void writeExit(SocketChannel channel, int status) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(9);
        buffer.put(EXIT).putInt(4).putInt(status).flip();
        writeFully(channel, buffer);
    }

    static void writeText(SocketChannel channel, byte type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeFrame(channel, type, bytes, 0, bytes.length);
    }

    /**
     * Closes a channel unless cancelled in time: a blocking read on a socket channel has no timeout, and
     * closing the channel is what ends it (with an AsynchronousCloseException in the reader).
     */
    static final class Deadline extends Thread {
        private final SocketChannel channel;
        private final long millis;
        private boolean cancelled;

        Deadline(SocketChannel channel, long millis) {
            super("zdeploy-deadline");
            this.channel = channel;
            this.millis = millis;
            setDaemon(true);
            start();
        }

        /** After this, the channel is not closed by the deadline; false when it already was. */
        synchronized boolean cancel() {
            if (!channel.isOpen()) {
                return false;
            }
            cancelled = true;
            interrupt();
            return true;
        }

        @Override
        public void run() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (!cancelled) {
                    try {
                        channel.close();
                    } catch (IOException e) {
                        // Closing is all this can do.
                    }
                }
            }
        }
    }
}
