package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.render.ShippedTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
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
    void anEarlierExportThatFailsHalfWayIsLeftAsItWas() throws IOException {
        Path site = dir.resolve("site");
        TemplateExport.write(site, false);
        Map<String, String> before = DirectorySnapshot.of(dir);
        int templates = ShippedTemplates.names().size();

        IOException failure = assertThrows(IOException.class, () -> TemplateExport.write(site, true, (FileWriteHook) file -> {
            throw new IOException("disk full (injected)");
        }));

        assertEquals(templates, ShippedTemplates.names().size());
        assertEquals("cannot write template directory " + site + ": disk full (injected)", failure.getMessage());
        assertEquals(before, DirectorySnapshot.of(dir));
    }

    @Test
    void anEarlierExportIsUpdatedWithForceKeepingWhatIsUnchanged() throws IOException {
        Path site = dir.resolve("site");
        TemplateExport.write(site, false);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(site.resolve("RA.ftl"), old);
        Files.delete(site.resolve("CP.ftl"));

        TemplateExport.write(site, true);

        assertEquals(old, Files.getLastModifiedTime(site.resolve("RA.ftl")));
        assertArrayEquals(ShippedTemplates.read("CP.ftl"), Files.readAllBytes(site.resolve("CP.ftl")));
        assertEquals(List.of(".zdeploy", "CP.ftl", "DA.ftl", "IP.ftl", "PF.ftl", "RA.ftl", "RN.ftl", "UC.ftl", "UZ.ftl", "VF.ftl", "ZF.ftl",
                "lib"),
                PdsDirectoryWriterTest.topLevel(site));
    }

    @Test
    void anEarlierExportIsRefusedWithoutForceUnlessItIsTheSame() throws IOException {
        Path site = dir.resolve("site");
        TemplateExport.write(site, false);
        Map<String, String> before = DirectorySnapshot.of(dir);

        TemplateExport.write(site, false);
        assertEquals(before, DirectorySnapshot.of(dir), "the same export again changes nothing");

        Files.delete(site.resolve("CP.ftl"));
        OutputDirectoryNotEmptyException e = assertThrows(OutputDirectoryNotEmptyException.class,
                () -> TemplateExport.write(site, false));
        assertEquals("template directory " + site + " is not empty; use --force to update the templates in it"
                + " (changed templates are rewritten, templates that no longer belong are removed)", e.getMessage());
    }

    @Test
    void aTemplateTheSiteEditedIsNeverOverwritten() throws IOException {
        Path site = dir.resolve("site");
        TemplateExport.write(site, false);
        Files.writeString(site.resolve("RA.ftl"), "<#-- mine -->\n");
        Map<String, String> before = DirectorySnapshot.of(dir);

        ForeignContentException e = assertThrows(ForeignContentException.class, () -> TemplateExport.write(site, true));

        assertEquals(List.of("RA.ftl"), e.foreign());
        assertTrue(e.getMessage().startsWith("template directory " + site + " holds files zdeploy did not write"),
                e.getMessage());
        assertEquals(before, DirectorySnapshot.of(dir));
    }

    @Test
    void aDirectoryOfTheSitesIsRefusedWithOrWithoutForce() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("RA.ftl"), "<#-- mine -->\n");
        Files.writeString(site.resolve("notes.txt"), "mine\n");
        Map<String, String> before = DirectorySnapshot.of(dir);

        for (boolean force : new boolean[] {false, true}) {
            ForeignContentException e = assertThrows(ForeignContentException.class,
                    () -> TemplateExport.write(site, force));
            assertEquals(List.of("RA.ftl", "notes.txt"), e.foreign());
        }
        assertEquals(before, DirectorySnapshot.of(dir));
    }

    @Test
    void anExistingEmptyDirectoryIsFilledWithoutForce() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        TemplateExport.write(site, false);
        assertArrayEquals(ShippedTemplates.read(ShippedTemplates.LIBRARY),
                Files.readAllBytes(site.resolve(ShippedTemplates.LIBRARY)));
        assertEquals(List.of("site"), PdsDirectoryWriterTest.topLevel(dir), "nothing left beside it");
    }

    @Test
    void theRootDirectoryIsRefused() {
        IOException e = assertThrows(IOException.class, () -> TemplateExport.write(Path.of("/"), true));
        assertEquals("cannot write template directory /: the root directory is never an output directory",
                e.getMessage());
    }
}
