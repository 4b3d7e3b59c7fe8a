package dev.zdeploy.json;

import java.io.IOException;
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

    /** Bytes (a file's, or standard input's) as UTF-8 text, or null with a problem. */
    public static String decode(byte[] bytes, Problems problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error("", "the file is not UTF-8 text (was it transferred in binary from EBCDIC?)", null);
            return null;
        }
    }
}
