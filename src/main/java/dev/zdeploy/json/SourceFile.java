package dev.zdeploy.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file as UTF-8 text; a file that cannot be read becomes a problem, not a stack trace. */
public final class SourceFile {

    private static final String NOT_UTF8 = "the file is not UTF-8 text (was it transferred in binary from EBCDIC?)";

    private SourceFile() {}

    /** The file's text, or null with a problem against {@code problems.source()}. */
    public static String read(Path file, Problems problems) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                problems.error("", "the input is a directory, not a file", null);
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.error("", "the file does not exist", null);
            return null;
        } catch (AccessDeniedException e) {
            problems.error("", "the file cannot be read (permission denied)", null);
            return null;
        } catch (IOException | SecurityException e) {
            problems.error("", "the file cannot be read (" + e.getClass().getSimpleName() + ")", null);
            return null;
        }
        return decode(bytes, problems);
    }

    /**
     * True when the file is UTF-8 text; false with the problem {@link #read} reports otherwise. The file
     * is decoded a buffer at a time and its text is not kept.
     */
    static boolean isUtf8(Path file, Problems problems) {
        try (Reader reader = strictReader(file)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            problems.error("", NOT_UTF8, null);
        } catch (NoSuchFileException e) {
            problems.error("", "the file does not exist", null);
        } catch (AccessDeniedException e) {
            problems.error("", "the file cannot be read (permission denied)", null);
        } catch (IOException | SecurityException e) {
            problems.error("", "the file cannot be read (" + e.getClass().getSimpleName() + ")", null);
        }
        return false;
    }

    /** The file's text as a reader, without a leading byte order mark (see {@link JsonInput}). */
    static Reader reader(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(strictReader(file), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static Reader strictReader(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Bytes (a file's, or standard input's) as UTF-8 text, or null with a problem. */
    public static String decode(byte[] bytes, Problems problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error("", NOT_UTF8, null);
            return null;
        }
    }
}
