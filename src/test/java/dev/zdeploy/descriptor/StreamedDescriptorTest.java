package dev.zdeploy.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.json.JsonInput;
import dev.zdeploy.json.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The descriptor's data sets are read with a streaming parser, one entry at a time (issue 13): the
 * record and every problem must be exactly those of the tree reader it replaced, for every descriptor
 * the tests hold and for the byte-level cases only a file has (a byte order mark, bytes that are not
 * UTF-8), read from a file and from text.
 */
class StreamedDescriptorTest {

    @TempDir
    static Path dir;

    static Stream<Path> descriptors() throws IOException {
        Path resources = Path.of("src/test/resources");
        List<Path> found;
        try (Stream<Path> files = Files.walk(resources)) {
            found = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".json"))
                    .filter(StreamedDescriptorTest::looksLikeDescriptor)
                    .sorted()
                    .toList();
        }
        return Stream.concat(found.stream(), edgeCases().stream());
    }

    private static boolean looksLikeDescriptor(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("izud.pswi.descriptor");
        } catch (IOException e) {
            return false;
        }
    }

    /** What the catalogues give as text but a file gives as bytes. */
    private static List<Path> edgeCases() throws IOException {
        Path base = Path.of("src/main/resources/dev/zdeploy/example/descriptor.json");
        String text = Files.readString(base);
        String datasets = "\"datasets\"";
        int at = text.indexOf(datasets);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        byte[] latin1 = text.replaceFirst("\"dsname\": \"", "\"dsname\": \"\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        return List.of(
                write("bom.json", withBom),
                write("latin1.json", latin1),
                write("empty.json", new byte[0]),
                write("blank.json", " \n ".getBytes(StandardCharsets.UTF_8)),
                write("trailing.json", (text + " {}").getBytes(StandardCharsets.UTF_8)),
                write("trailing-garbage.json", (text + " x").getBytes(StandardCharsets.UTF_8)),
                write("cut.json", text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8)),
                write("datasets-empty.json", (text.substring(0, at) + datasets + ": [], \"x-datasets\""
                        + text.substring(at + datasets.length())).getBytes(StandardCharsets.UTF_8)),
                write("datasets-twice.json", (text.substring(0, at) + datasets + ": [], "
                        + text.substring(at)).getBytes(StandardCharsets.UTF_8)),
                write("entry-duplicate-key.json", text.replaceFirst("\"dsname\":", "\"dsname\": \"A.B\", \"dsname\":")
                        .getBytes(StandardCharsets.UTF_8)),
                write("entry-control-key.json", text.replaceFirst("\"dsname\":", java.util.regex.Matcher.quoteReplacement("\"\\u001b[2Jx\": 1, \"dsname\":"))
                        .getBytes(StandardCharsets.UTF_8)),
                write("null.json", "null".getBytes(StandardCharsets.UTF_8)),
                write("list.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)));
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @ParameterizedTest
    @MethodSource("descriptors")
    void streamedReadGivesWhatTheTreeGave(Path file) throws IOException {
        ReadResult<Descriptor> tree = JsonInput.parse(file, DescriptorReader::read);
        ReadResult<Descriptor> streamed = DescriptorReader.parse(file);
        assertEquals(tree.problems(), streamed.problems(), file.toString());
        assertEquals(tree.value(), streamed.value(), file.toString());
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
            ReadResult<Descriptor> fromText = DescriptorReader.parse(file.toString(), text);
            assertEquals(tree.problems(), fromText.problems(), file + " as text");
            assertEquals(tree.value(), fromText.value(), file + " as text");
        }
    }

    @Test
    void theCasesReachCleanAndBrokenFiles() throws IOException {
        // A guard on the list above: it holds the catalogues and the byte-level cases read both ways.
        assertTrue(descriptors().count() > 100);
        assertFalse(DescriptorReader.parse(dir.resolve("bom.json")).hasErrors());
        ReadResult<Descriptor> latin1 = DescriptorReader.parse(dir.resolve("latin1.json"));
        assertEquals(1, latin1.problems().size(), latin1.problems().toString());
        assertTrue(latin1.problems().get(0).toString().contains("not UTF-8"), latin1.problems().toString());
        assertTrue(DescriptorReader.parse(dir.resolve("entry-control-key.json")).problems().stream()
                .anyMatch(problem -> problem.pointer().startsWith("/izud.pswi.descriptor/datasets/0/")
                        && problem.rule().contains("control")));
    }
}
