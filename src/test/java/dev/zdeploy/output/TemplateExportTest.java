package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.render.ShippedTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates are exported all or none, whatever fails while they are written. */
class TemplateExportTest {

    @TempDir
    Path dir;

    /** Fails the {@code n}th file write (1-based). */
    private static FileWriteHook failOnWrite(int n) {
        AtomicInteger writes = new AtomicInteger();
        return file -> {
            if (writes.incrementAndGet() == n) {
                throw new IOException("disk full (injected)");
            }
        };
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> !path.equals(dir)).map(path -> dir.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void everyTemplateIsWrittenInNameOrder() throws IOException {
        Path site = dir.resolve("a/site");

        List<Path> written = TemplateExport.write(site, false);

        assertEquals(ShippedTemplates.names().stream().map(site::resolve).toList(), written);
        for (String name : ShippedTemplates.names()) {
            assertArrayEquals(ShippedTemplates.read(name), Files.readAllBytes(site.resolve(name)), name);
        }
    }

    @Test
    void aNewDirectoryThatFailsHalfWayIsNotLeftBehind() throws IOException {
        IOException failure = assertThrows(IOException.class,
                () -> TemplateExport.write(dir.resolve("a/site"), false, failOnWrite(4)));

        assertTrue(failure.getMessage().startsWith("cannot write template directory " + dir.resolve("a/site")
                + ": "), failure.getMessage());
        assertEquals(List.of(), tree());
    }

    @Test
    void anExistingDirectoryThatFailsHalfWayIsLeftAsItWas() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("RA.ftl"), "<#-- mine -->\n");
        int templates = ShippedTemplates.names().size();

        IOException failure = assertThrows(IOException.class,
                () -> TemplateExport.write(site, true, failOnWrite(templates)));

        assertTrue(failure.getMessage().endsWith("disk full (injected)"), failure.getMessage());
        assertEquals(List.of("site", "site/RA.ftl"), tree());
        assertEquals("<#-- mine -->\n", Files.readString(site.resolve("RA.ftl")));
    }

    @Test
    void anExistingDirectoryIsUpdatedWithForce() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("RA.ftl"), "<#-- mine -->\n");

        TemplateExport.write(site, true);

        assertArrayEquals(ShippedTemplates.read("RA.ftl"), Files.readAllBytes(site.resolve("RA.ftl")));
        assertTrue(Files.isRegularFile(site.resolve(ShippedTemplates.LIBRARY)));
        try (Stream<Path> files = Files.list(site)) {
            assertFalse(files.anyMatch(path -> ScratchFiles.isScratchName(path.getFileName().toString())));
        }
    }
}
