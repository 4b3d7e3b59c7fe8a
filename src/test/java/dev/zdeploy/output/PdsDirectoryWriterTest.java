package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdsDirectoryWriterTest {

    static final String MANIFEST = "{\n  \"tgtswiname\" : \"ZOS31\u00e9\",\n  \"jcl\" : [ ]\n}\n";
    static final Member RA = new Member("IZUD01RA", "//IZUD01RA JOB (ACCOUNT),'NAME'\n//* RACF\n");
    static final Member CP = new Member("IZUD02CP", "//IZUD02CP JOB (ACCOUNT),'NAME'\n\n//COPY EXEC PGM=ADRDSSU\n");
    static final Member RN = new Member("IZUD03RN", "//IZUD03RN JOB (ACCOUNT),'NAME'\n//* RENAME\n");

    @TempDir
    Path work;

    @Test
    void writesOneFilePerMemberAndTheManifestWithExactBytes() throws IOException {
        Path out = work.resolve("jcl");
        WriteReport report = new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP, RN), false);

        assertArrayEquals(RA.text().getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(out.resolve("IZUD01RA")));
        assertArrayEquals(CP.text().getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(out.resolve("IZUD02CP")));
        assertArrayEquals(RN.text().getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(out.resolve("IZUD03RN")));
        assertArrayEquals(MANIFEST.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve(".zdeploy/manifest.json")));
        assertEquals(List.of(".zdeploy", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUD01RA", "IZUD02CP", "IZUD03RN"),
                List.copyOf(DirectorySnapshot.of(out).keySet()));
        assertEquals(List.of("jcl"), topLevel(work), "no scratch directory left beside the target");
        assertEquals(new WriteReport(out, List.of("IZUD01RA", "IZUD02CP", "IZUD03RN"), List.of(), List.of(), true), report);
        assertEquals("3 members written, 0 unchanged, 0 removed", report.summary());
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path out = work.resolve("a/b/jcl");
        new PdsDirectoryWriter().write(out, output(MANIFEST, RA), false);
        assertTrue(Files.isRegularFile(out.resolve("IZUD01RA")));
    }

    @Test
    void failureMidWriteLeavesNeitherTargetNorScratch() {
        Path out = work.resolve("jcl");
        PdsDirectoryWriter writer = new PdsDirectoryWriter(failOnWrite(2));

        IOException e = assertThrows(IOException.class, () -> writer.write(out, output(MANIFEST, RA, CP, RN), false));

        assertEquals("cannot write output directory " + out + ": disk full (injected)", e.getMessage());
        assertEquals(Map.of(), DirectorySnapshot.of(work));
    }

    @Test
    void failureWritingTheManifestLeavesNothingEitherAndRemovesCreatedParents() {
        Path out = work.resolve("new/parent/jcl");
        PdsDirectoryWriter writer = new PdsDirectoryWriter(file -> {
            if (file.getFileName().toString().equals("manifest.json")) {
                throw new IOException("disk full (injected)");
            }
        });

        assertThrows(IOException.class, () -> writer.write(out, output(MANIFEST, RA, CP), false));

        assertEquals(Map.of(), DirectorySnapshot.of(work));
    }

    @Test
    void refusesANonEmptyDirectoryWithoutForce() throws IOException {
        Path out = work.resolve("jcl");
        new PdsDirectoryWriter().write(out, output(MANIFEST, RA), false);
        Map<String, String> before = DirectorySnapshot.of(work);

        OutputDirectoryNotEmptyException e = assertThrows(OutputDirectoryNotEmptyException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST, CP), false));

        assertTrue(e.getMessage().startsWith("output directory " + out + " is not empty; use --force"), e.getMessage());
        assertEquals(out, e.directory());
        assertEquals(before, DirectorySnapshot.of(work));
    }

    @Test
    void aDirectoryHoldingExactlyThisOutputIsWrittenAgainWithoutForceAndTouchedNot() throws IOException {
        Path out = work.resolve("jcl");
        new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP), false);
        Map<String, String> before = DirectorySnapshot.of(work);

        WriteReport again = new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP), false);

        assertTrue(again.nothingChanged(), again.toString());
        assertEquals(List.of("IZUD01RA", "IZUD02CP"), again.unchanged());
        assertEquals(before, DirectorySnapshot.of(work));
        // One member less, a changed manifest, a file of the site's: not this output, refused.
        assertThrows(OutputDirectoryNotEmptyException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), false));
        assertThrows(OutputDirectoryNotEmptyException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST + " ", RA, CP), false));
        Files.writeString(out.resolve("README"), "mine\n");
        assertThrows(ForeignContentException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP), false));
    }

    @Test
    void fillsAnExistingEmptyDirectoryWithoutForce() throws IOException {
        Path out = Files.createDirectory(work.resolve("jcl"));
        WriteReport report = new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP), false);
        assertEquals(List.of("IZUD01RA", "IZUD02CP"), report.written());
        assertEquals(List.of(".zdeploy", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUD01RA", "IZUD02CP"),
                List.copyOf(DirectorySnapshot.of(out).keySet()));
    }

    @Test
    void refusesATargetThatIsARegularFile() throws IOException {
        Path out = Files.writeString(work.resolve("jcl"), "mine");
        IOException e = assertThrows(IOException.class, () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), true));
        assertEquals("cannot write output directory " + out + ": it exists and is not a directory", e.getMessage());
        assertEquals("mine", Files.readString(out));
    }

    @Test
    void parentThatIsARegularFileFailsClearlyAndLeavesNothing() throws IOException {
        Path file = Files.writeString(work.resolve("notes.txt"), "mine");
        Path out = file.resolve("jcl");
        Map<String, String> before = DirectorySnapshot.of(work);

        IOException e = assertThrows(IOException.class, () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), false));

        assertEquals("cannot write output directory " + out + ": " + file + " is not a directory", e.getMessage());
        assertEquals(before, DirectorySnapshot.of(work));
    }

    @Test
    void readOnlyParentFailsClearlyAndLeavesNothing() throws IOException {
        Path parent = Files.createDirectory(work.resolve("readonly"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(parent), "permissions are not enforced for this user (root)");
            Path out = parent.resolve("jcl");

            IOException e = assertThrows(IOException.class, () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), false));

            assertEquals("cannot write output directory " + out + ": no permission to write in " + parent, e.getMessage());
            assertEquals(Map.of(), DirectorySnapshot.of(parent));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static List<String> topLevel(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> !DirectorySnapshot.isLock(path)).map(path -> path.getFileName().toString())
                    .sorted().toList();
        }
    }

    static RenderedOutput output(String manifest, Member... members) {
        return new RenderedOutput(List.of(members), manifest);
    }

    /** A hook that fails the n-th file write (counting from 1). */
    static FileWriteHook failOnWrite(int n) {
        AtomicInteger writes = new AtomicInteger();
        return file -> {
            if (writes.incrementAndGet() == n) {
                throw new IOException("disk full (injected)");
            }
        };
    }
}
