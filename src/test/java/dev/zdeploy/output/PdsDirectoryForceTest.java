package dev.zdeploy.output;

import static dev.zdeploy.output.PdsDirectoryWriterTest.CP;
import static dev.zdeploy.output.PdsDirectoryWriterTest.MANIFEST;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RA;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RN;
import static dev.zdeploy.output.PdsDirectoryWriterTest.failOnWrite;
import static dev.zdeploy.output.PdsDirectoryWriterTest.output;
import static dev.zdeploy.output.PdsDirectoryWriterTest.topLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --force: update an existing output directory, touching only what changed and only what is ours. */
class PdsDirectoryForceTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    private static final Member CP_CHANGED = new Member("IZUD02CP", "//IZUD02CP JOB (ACCOUNT),'NAME'\n//* CHANGED\n");
    private static final Member UC = new Member("IZUD04UC", "//IZUD04UC JOB (ACCOUNT),'NAME'\n");

    @TempDir
    Path work;

    private Path out;

    @BeforeEach
    void writeFirstVersion() throws IOException {
        out = work.resolve("jcl");
        new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP, RN), false);
        for (String name : List.of("IZUD01RA", "IZUD02CP", "IZUD03RN", ".zdeploy/manifest.json")) {
            Files.setLastModifiedTime(out.resolve(name), LONG_AGO);
        }
    }

    @Test
    void rewritesOnlyChangedMembersAddsNewOnesAndRemovesStaleOnes() throws IOException {
        String manifest = "{ \"jcl\" : [ \"IZUD01RA\", \"IZUD02CP\", \"IZUD04UC\" ] }\n";

        WriteReport report = new PdsDirectoryWriter().write(out, output(manifest, RA, CP_CHANGED, UC), true);

        assertEquals(new WriteReport(out, List.of("IZUD02CP", "IZUD04UC"), List.of("IZUD01RA"), List.of("IZUD03RN"), true),
                report);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("IZUD01RA")), "unchanged member keeps its mtime");
        assertEquals(RA.text(), Files.readString(out.resolve("IZUD01RA")));
        assertEquals(CP_CHANGED.text(), Files.readString(out.resolve("IZUD02CP")));
        assertEquals(UC.text(), Files.readString(out.resolve("IZUD04UC")));
        assertFalse(Files.exists(out.resolve("IZUD03RN")));
        assertEquals(manifest, Files.readString(out.resolve(".zdeploy/manifest.json")));
        assertEquals(List.of(".zdeploy", "IZUD01RA", "IZUD02CP", "IZUD04UC"), topLevel(out));
        assertEquals(List.of("files.json", "manifest.json"), topLevel(out.resolve(".zdeploy")));
        assertEquals(List.of("jcl"), topLevel(work));
    }

    @Test
    void sameOutputAgainChangesNothing() throws IOException {
        Map<String, String> before = DirectorySnapshot.of(work);

        WriteReport report = new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP, RN), true);

        assertTrue(report.nothingChanged());
        assertEquals(List.of("IZUD01RA", "IZUD02CP", "IZUD03RN"), report.unchanged());
        assertEquals(before, DirectorySnapshot.of(work));
    }

    @Test
    void failureWhileStagingLeavesTheDirectoryExactlyAsItWas() {
        Map<String, String> before = DirectorySnapshot.of(work);
        PdsDirectoryWriter writer = new PdsDirectoryWriter(failOnWrite(2));

        IOException e = assertThrows(IOException.class,
                () -> writer.write(out, output("{}\n", RA, CP_CHANGED, UC), true));

        assertEquals("cannot write output directory " + out + ": disk full (injected)", e.getMessage());
        assertEquals(before, DirectorySnapshot.of(work));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4})
    void aFullDiskAtAnyWriteOfAnUpdateLeavesTheDirectoryAndItsSurroundingsAsTheyWere(int failing) throws IOException {
        // Four writes: the changed member, the new member, the manifest, the record.
        Map<String, String> before = DirectorySnapshot.of(work);

        IOException e = assertThrows(IOException.class, () -> new PdsDirectoryWriter(failOnWrite(failing))
                .write(out, output("{}\n", RA, CP_CHANGED, UC), true));

        assertEquals("cannot write output directory " + out + ": disk full (injected)", e.getMessage());
        assertEquals(before, DirectorySnapshot.of(work));
        assertEquals(List.of("jcl"), topLevel(work));
    }

    @Test
    void theUpdatedDirectoryKeepsThePermissionsTheUserGaveIt() throws IOException {
        Set<PosixFilePermission> mine = PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(out, mine);

        new PdsDirectoryWriter().write(out, output("{}\n", RA, CP_CHANGED, UC), true);

        assertEquals(mine, Files.getPosixFilePermissions(out));
    }

    @Test
    void recreatesAMissingManifestAndUndoesThatOnFailure() throws IOException {
        Files.delete(out.resolve(".zdeploy/manifest.json"));
        Map<String, String> before = DirectorySnapshot.of(work);

        assertThrows(IOException.class, () -> new PdsDirectoryWriter(failOnWrite(2)).write(out, output("{}\n", CP_CHANGED), true));
        assertEquals(before, DirectorySnapshot.of(work));

        WriteReport report = new PdsDirectoryWriter().write(out, output("{}\n", CP_CHANGED), true);
        assertTrue(report.manifestWritten());
        assertEquals("{}\n", Files.readString(out.resolve(".zdeploy/manifest.json")));
    }

    @Test
    void refusesASubdirectory() throws IOException {
        assertForeignRefused(dir -> createDirectory(dir.resolve("NOTES")), "NOTES (a directory zdeploy did not create)");
    }

    @Test
    void refusesFilesWithDotsOrLowerCaseNames() throws IOException {
        assertForeignRefused(dir -> {
            write(dir.resolve("README.md"));
            write(dir.resolve("izud05xx"));
        }, "README.md (not written by zdeploy: .zdeploy/files.json does not list it), izud05xx (not written by"
                + " zdeploy: .zdeploy/files.json does not list it)");
    }

    @Test
    void refusesALinkEvenWithAMemberName() throws IOException {
        assertForeignRefused(dir -> {
            try {
                Files.createSymbolicLink(dir.resolve("IZUD09LK"), dir.resolve("IZUD01RA"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "IZUD09LK (a symbolic link)");
    }

    @Test
    void refusesAnythingElseInsideDotZdeploy() throws IOException {
        assertForeignRefused(dir -> write(dir.resolve(".zdeploy/history.json")), ".zdeploy/history.json (not written by zdeploy: .zdeploy/files.json does not list it)");
    }

    private void assertForeignRefused(Consumer<Path> addForeign, String listed) {
        addForeign.accept(out);
        Map<String, String> before = DirectorySnapshot.of(work);

        ForeignContentException e = assertThrows(ForeignContentException.class,
                () -> new PdsDirectoryWriter().write(out, output("{}\n", CP_CHANGED), true));

        assertTrue(e.getMessage().startsWith("output directory " + out + " holds files zdeploy did not write, so it is"
                + " left alone"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": " + listed + "; move them away or choose another directory"),
                e.getMessage());
        assertEquals(before, DirectorySnapshot.of(work), "nothing changed, the user's files are still there");
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "mine");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectory(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
