package dev.zdeploy.output;

import static dev.zdeploy.output.PdsDirectoryWriterTest.CP;
import static dev.zdeploy.output.PdsDirectoryWriterTest.MANIFEST;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RA;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RN;
import static dev.zdeploy.output.PdsDirectoryWriterTest.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 1: --force never deletes or overwrites what zdeploy did not write. Each case puts
 * something of the user's into (or beside) an output directory and checks that both an update with
 * force and one without are refused naming it and why, and that nothing anywhere under the work
 * directory changed.
 */
class ForeignFilesTest {

    private static final String RECORD = ".zdeploy/files.json";
    private static final String GOOD_SHA = "0".repeat(64);

    @TempDir
    Path work;

    private Path out;

    @BeforeEach
    void writeZdeploysOutput() throws IOException {
        out = work.resolve("jcl");
        new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP, RN), false);
    }

    @Test
    void theRecordListsEveryFileWithItsSizeAndSha256() throws IOException {
        assertEquals(List.of(46, 41, 57, 43), List.of(MANIFEST.getBytes(StandardCharsets.UTF_8).length,
                RA.text().length(), CP.text().length(), RN.text().length()));
        assertEquals("""
                {
                  "zdeployFiles" : 1,
                  "files" : [
                    {"path":".zdeploy/manifest.json","size":46,"sha256":"%s"},
                    {"path":"IZUD01RA","size":41,"sha256":"%s"},
                    {"path":"IZUD02CP","size":57,"sha256":"%s"},
                    {"path":"IZUD03RN","size":43,"sha256":"%s"}
                  ]
                }
                """.formatted(sha(MANIFEST.getBytes(StandardCharsets.UTF_8)), sha(RA.text().getBytes()),
                sha(CP.text().getBytes()), sha(RN.text().getBytes())), Files.readString(out.resolve(RECORD)));
    }

    @Test
    void aForeignMemberIsNamedAndKept() throws IOException {
        Files.writeString(out.resolve("MYJOB"), "//MYJOB JOB\n");
        assertRefused("MYJOB (not written by zdeploy: .zdeploy/files.json does not list it)");
    }

    @Test
    void aForeignFileWhereANewMemberWouldGoIsNotOverwritten() throws IOException {
        Files.writeString(out.resolve("IZUD04UC"), "//MINE JOB\n");
        assertRefused("IZUD04UC (not written by zdeploy: .zdeploy/files.json does not list it)",
                output(MANIFEST, RA, new Member("IZUD04UC", "//IZUD04UC JOB\n")));
    }

    @Test
    void aMemberEditedByHandIsTheUsers() throws IOException {
        Files.writeString(out.resolve("IZUD02CP"), CP.text() + "//* my change\n");
        assertRefused("IZUD02CP (changed since zdeploy wrote it)");
    }

    @Test
    void anEditKeepingTheSizeIsStillSeen() throws IOException {
        Files.writeString(out.resolve("IZUD01RA"), RA.text().replace("RACF", "racf"));
        assertRefused("IZUD01RA (changed since zdeploy wrote it)");
    }

    @Test
    void aManifestEditedByHandIsTheUsers() throws IOException {
        Files.writeString(out.resolve(".zdeploy/manifest.json"), "{ \"mine\" : true }\n");
        assertRefused(".zdeploy/manifest.json (changed since zdeploy wrote it)");
    }

    @Test
    void withoutARecordNothingIsZdeploys() throws IOException {
        Files.delete(out.resolve(RECORD));
        String why = " (not written by zdeploy: there is no .zdeploy/files.json)";
        assertRefused(".zdeploy/manifest.json" + why + ", IZUD01RA" + why + ", IZUD02CP" + why + ", IZUD03RN" + why);
    }

    @Test
    void aDirectoryOfTheUsersWithoutAnyRecord() throws IOException {
        // Issue 14: MYJOB and README were deleted from a directory with no manifest at all.
        Path mine = Files.createDirectory(work.resolve("mine"));
        Files.writeString(mine.resolve("MYJOB"), "//MYJOB JOB\n");
        Files.writeString(mine.resolve("README"), "mine\n");
        Map<String, String> before = DirectorySnapshot.of(work);

        ForeignContentException e = assertThrows(ForeignContentException.class,
                () -> new PdsDirectoryWriter().write(mine, output(MANIFEST, RA), true));

        assertEquals(List.of("MYJOB", "README"), e.foreign());
        assertEquals(before, DirectorySnapshot.of(work));
        assertFalse(Files.exists(work.resolve(".mine.zdeploy-lock")), "refused before even the lock file is made");
    }

    @Test
    void anUnparseableRecordTrustsNothing() throws IOException {
        Files.writeString(out.resolve(RECORD), "{ \"zdeployFiles\" : 1, \"files\" : [ ");
        assertUntrusted("not JSON");
    }

    @Test
    void aRecordOfAnotherToolTrustsNothing() throws IOException {
        Files.writeString(out.resolve(RECORD), "{ \"files\" : [ \"IZUD01RA\" ], \"tool\" : \"other\" }\n");
        assertUntrusted("not a zdeploy file record (an object with exactly \"zdeployFiles\" and \"files\")");
    }

    @Test
    void aRecordOfAnotherFormatVersionTrustsNothing() throws IOException {
        Files.writeString(out.resolve(RECORD), "{ \"zdeployFiles\" : 2, \"files\" : [ ] }\n");
        assertUntrusted("\"zdeployFiles\" is not 1");
    }

    @Test
    void aRecordThatIsALinkTrustsNothing() throws IOException {
        Path elsewhere = Files.write(work.resolve("files.json"), Files.readAllBytes(out.resolve(RECORD)));
        Files.delete(out.resolve(RECORD));
        Files.createSymbolicLink(out.resolve(RECORD), elsewhere);
        String why = " (not written by zdeploy: .zdeploy/files.json is not zdeploy's)";
        assertRefused(".zdeploy/files.json (a symbolic link), .zdeploy/manifest.json" + why + ", IZUD01RA" + why
                + ", IZUD02CP" + why + ", IZUD03RN" + why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "./IZUD01RA", "IZUD01RA/../../x", "a//b", "", "..",
            ".zdeploy/files.json", ".hidden", "a\\b", "IZUD\u001b[2J"})
    void aRecordListingAPathZdeployNeverWritesTrustsNothing(String path) throws IOException {
        String entry = "{\"path\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(path)
                + ",\"size\":1,\"sha256\":\"" + GOOD_SHA + "\"}";
        Files.writeString(out.resolve(RECORD), "{\"zdeployFiles\":1,\"files\":[" + entry + "]}");
        Map<String, String> before = DirectorySnapshot.of(work);

        ForeignContentException e = assertThrows(ForeignContentException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), true));

        assertTrue(e.getMessage().contains(".zdeploy/files.json (not a record zdeploy wrote: /files/0/path "
                + OutputText.shown(path) + " "), e.getMessage());
        assertFalse(e.getMessage().contains("\u001b"), "control characters are escaped");
        assertEquals(before, DirectorySnapshot.of(work));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"zdeployFiles\":1,\"zdeployFiles\":1,\"files\":[]}",
        "{\"zdeployFiles\":1,\"files\":[{\"path\":\"IZUD01RA\",\"path\":\"IZUD02CP\",\"size\":1,\"sha256\":\"%s\"}]}",
        "{\"zdeployFiles\":1,\"files\":[{\"path\":\"IZUD01RA\",\"size\":41.0,\"sha256\":\"%s\"}]}",
        "{\"zdeployFiles\":1,\"files\":[{\"path\":\"IZUD01RA\",\"size\":-1,\"sha256\":\"%s\"}]}",
        "{\"zdeployFiles\":1,\"files\":[{\"path\":\"IZUD01RA\",\"size\":41,\"sha256\":\"ABC\"}]}",
        "{\"zdeployFiles\":1,\"files\":[{\"path\":\"IZUD01RA\",\"size\":41,\"sha256\":\"%s\"},"
                + "{\"path\":\"IZUD01RA\",\"size\":41,\"sha256\":\"%s\"}]}",
        "[]", "null", "{\"zdeployFiles\":\"1\",\"files\":[]}", "{\"zdeployFiles\":1,\"files\":{}}"})
    void aRecordNotExactlyAsZdeployWritesItTrustsNothing(String record) throws IOException {
        Files.writeString(out.resolve(RECORD), record.replace("%s", GOOD_SHA));
        Map<String, String> before = DirectorySnapshot.of(work);

        ForeignContentException e = assertThrows(ForeignContentException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), true));

        assertTrue(e.getMessage().contains(".zdeploy/files.json (not a record zdeploy wrote: "), e.getMessage());
        assertTrue(e.foreign().contains("IZUD01RA"), e.getMessage());
        assertEquals(before, DirectorySnapshot.of(work));
    }

    @Test
    void aListedMemberThatIsNowALinkToOutsideIsNeitherFollowedNorRemoved() throws IOException {
        Path outside = Files.writeString(work.resolve("precious"), RN.text());
        Files.delete(out.resolve("IZUD03RN"));
        Files.createSymbolicLink(out.resolve("IZUD03RN"), outside);
        assertRefused("IZUD03RN (a symbolic link)");
        assertEquals(RN.text(), Files.readString(outside));
    }

    @Test
    void aListedDirectoryThatIsALinkIsNotEntered() throws IOException {
        Path outside = Files.createDirectory(work.resolve("elsewhere"));
        Files.writeString(outside.resolve("manifest.json"), MANIFEST);
        ScratchFiles.deleteTree(out.resolve(".zdeploy"));
        Files.createSymbolicLink(out.resolve(".zdeploy"), outside);
        assertRefused(".zdeploy (a symbolic link), IZUD01RA (not written by zdeploy: there is no .zdeploy/files.json),"
                + " IZUD02CP (not written by zdeploy: there is no .zdeploy/files.json), IZUD03RN (not written by"
                + " zdeploy: there is no .zdeploy/files.json)");
    }

    @Test
    void aListedMemberTheUserDeletedIsSimplyGone() throws IOException {
        Files.delete(out.resolve("IZUD03RN"));

        WriteReport report = new PdsDirectoryWriter().write(out, output(MANIFEST, RA, CP), true);

        assertEquals(List.of(), report.removed());
        assertEquals(List.of("IZUD01RA", "IZUD02CP"), report.unchanged());
    }

    @Test
    void onlyListedUnchangedFilesAreRemovedAndEachIsNamed() throws IOException {
        WriteReport report = new PdsDirectoryWriter().write(out, output(MANIFEST, CP), true);

        assertEquals(List.of("IZUD01RA", "IZUD03RN"), report.removed());
        assertEquals("0 members written, 1 unchanged, 2 removed (IZUD01RA, IZUD03RN)", report.summary());
        assertEquals(List.of(".zdeploy", "IZUD02CP"), PdsDirectoryWriterTest.topLevel(out));
    }

    @Test
    void manyForeignFilesAreCountedBeyondTheFirstTwenty() throws IOException {
        for (int i = 0; i < 25; i++) {
            Files.writeString(out.resolve(String.format("MINE%02d", i)), "x");
        }
        ForeignContentException e = assertThrows(ForeignContentException.class,
                () -> new PdsDirectoryWriter().write(out, output(MANIFEST, RA), true));
        assertEquals(25, e.foreign().size());
        assertTrue(e.getMessage().contains("MINE19 (not written by zdeploy: .zdeploy/files.json does not list it)"
                + " and 5 more;"), e.getMessage());
    }

    private void assertUntrusted(String why) throws IOException {
        String not = " (not written by zdeploy: .zdeploy/files.json is not zdeploy's)";
        assertRefused(".zdeploy/files.json (not a record zdeploy wrote: " + why + "), .zdeploy/manifest.json" + not
                + ", IZUD01RA" + not + ", IZUD02CP" + not + ", IZUD03RN" + not);
    }

    private void assertRefused(String listed) throws IOException {
        assertRefused(listed, output(MANIFEST, RA));
    }

    private void assertRefused(String listed, RenderedOutput next) throws IOException {
        Map<String, String> before = DirectorySnapshot.of(work);
        for (boolean force : new boolean[] {true, false}) {
            ForeignContentException e = assertThrows(ForeignContentException.class,
                    () -> new PdsDirectoryWriter().write(out, next, force));

            assertEquals("output directory " + out + " holds files zdeploy did not write, so it is left alone (even"
                    + " with --force, zdeploy rewrites or removes only files its record .zdeploy/files.json lists,"
                    + " unchanged): " + listed + "; move them away or choose another directory", e.getMessage());
            assertEquals(before, DirectorySnapshot.of(work), "nothing changed");
        }
    }

    private static String sha(byte[] bytes) {
        return OwnershipRecord.sha256(bytes);
    }
}
