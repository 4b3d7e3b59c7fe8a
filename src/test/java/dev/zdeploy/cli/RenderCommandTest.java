package dev.zdeploy.cli;

import dev.zdeploy.testing.ExampleFiles;
import static dev.zdeploy.cli.Cli.args;
import static dev.zdeploy.cli.Cli.read;
import static dev.zdeploy.cli.Cli.run;
import static dev.zdeploy.cli.Cli.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy render} with each of its options, on the built-in example unless said. */
class RenderCommandTest {

    private static final List<String> EXAMPLE_MEMBERS = List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05UC", "IZUD06VF", "IZUD07DA");
    private static final String EXAMPLE_JOBS = Cli.EXAMPLE_JOBS + """

            Target volumes
              TM2R01  [....................]   1%  2,445 of 150,255 tracks (3390-9 assumed)
              TM2R02  [....................]   3%  5,160 of 150,255 tracks (3390-9 assumed)
            """;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private Cli.Result render(String... more) {
        return run(args(new String[] {"render", "--out", out().toString()}, more));
    }

    @Test
    void theBuiltInExampleIsRenderedWithASummaryOfJobsVolumesAndSubmitFlags() {
        Cli.Result result = render().assertOk();

        assertEquals(out() + ": 7 members written, 0 unchanged, 0 removed (target instance XYZTM21_1)\n" + EXAMPLE_JOBS,
                result.out());
        List<String> expected = new ArrayList<>(List.of(".zdeploy/", ".zdeploy/files.json", ".zdeploy/manifest.json"));
        expected.addAll(EXAMPLE_MEMBERS);
        assertEquals(expected, tree(out()));
    }

    @Test
    void membersAreNamedExactlyTheMemberWithLfEndingsAndRecordsOfAtMost72Columns() throws IOException {
        render().assertOk();

        for (String member : EXAMPLE_MEMBERS) {
            String text = read(out().resolve(member));
            assertTrue(text.startsWith("//") && text.endsWith("\n"), member);
            assertFalse(text.contains("\r"), member);
            assertTrue(text.lines().allMatch(line -> line.length() <= 72 && !line.endsWith(" ")), member);
        }
    }

    @Test
    void theManifestIsThePlanJsonListingTheJclDataSetMembersInRunOrderWithDescriptionsAndSubmitFlags()
            throws IOException {
        render().assertOk();

        JsonNode manifest = new ObjectMapper().readTree(out().resolve(".zdeploy/manifest.json").toFile());
        List<String> jcl = new ArrayList<>();
        manifest.get("jcl").forEach(node -> jcl.add(node.asText()));
        assertEquals(EXAMPLE_MEMBERS.stream().map(member -> "SYSPROG.XYZTM21.DEPLOY.CNTL(" + member + ")").toList(), jcl);
        assertEquals("XYZTM21_1", manifest.get("tgtswiname").asText());
        JsonNode members = manifest.get("zdeploy").get("members");
        assertEquals(7, members.size());
        assertEquals("IZUD01RA", members.get(0).get("member").asText());
        assertEquals("RACF definitions: add groups and data set profiles for the new data set prefixes",
                members.get(0).get("description").asText());
        assertFalse(members.get(0).get("submit").asBoolean());
        assertTrue(members.get(1).get("submit").asBoolean());
        assertEquals(run("plan", "--json").out(), read(out().resolve(".zdeploy/manifest.json")));
    }

    @Test
    void renderingTheSameOutputAgainIsUpToDateWithoutForce() throws IOException {
        render().assertOk();
        FileTime before = Files.getLastModifiedTime(out().resolve("IZUD03CP"));

        Cli.Result again = render().assertOk();

        assertTrue(again.out().startsWith(out() + ": 0 members written, 7 unchanged, 0 removed"), again.out());
        assertEquals(before, Files.getLastModifiedTime(out().resolve("IZUD03CP")));
    }

    @Test
    void formatValuesAreCaseInsensitive() throws IOException {
        render("--format", "IEBUPDTE").assertOk();

        assertEquals(List.of(".zdeploy/", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUDLOAD"), tree(out()));
        Cli.Result wrong = render("--force", "--format", "XMIT").assertUserError(2);
        assertTrue(wrong.err().contains("--format is pds or iebupdte (got \"XMIT\")"), wrong.err());
    }

    @Test
    void aDirectoryHoldingOtherOutputIsRefusedWithoutForceAndLeftAlone() throws IOException {
        render("--format", "iebupdte").assertOk();

        Cli.Result refused = render().assertUserError(2);

        assertEquals("", refused.out());
        assertEquals("zdeploy: output directory " + out() + " is not empty; use --force to update the members in it"
                + " (changed members are rewritten, members that no longer belong are removed)\n", refused.err());
        assertEquals(List.of(".zdeploy/", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUDLOAD"), tree(out()));
    }

    @Test
    void forceRewritesOnlyChangedMembersAndNamesThoseItRemoves() throws IOException {
        render().assertOk();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out().resolve("IZUD03CP"), old);

        Cli.Result unchanged = render("--force").assertOk();

        assertTrue(unchanged.out().startsWith(out() + ": 0 members written, 7 unchanged, 0 removed"), unchanged.out());
        assertEquals(old, Files.getLastModifiedTime(out().resolve("IZUD03CP")), "an unchanged member is not rewritten");
        Cli.Result deck = render("--force", "--format", "iebupdte").assertOk();
        assertTrue(deck.out().startsWith(out() + ": 1 member written, 0 unchanged, 7 removed (IZUD01RA, IZUD02PF,"
                + " IZUD03CP, IZUD04RN, IZUD05UC, IZUD06VF, IZUD07DA)"), deck.out());
        assertEquals(List.of(".zdeploy/", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUDLOAD"), tree(out()));
    }

    @Test
    void forceNeverDeletesOrOverwritesTheUsersFiles() throws IOException {
        // The report of issue 14: a job of the user's beside the members, and a member edited by hand.
        render().assertOk();
        Files.writeString(out().resolve("MYJOB"), "//MYJOB JOB\n");
        Files.writeString(out().resolve("IZUD05UC"), "//CHANGED JOB\n");

        Cli.Result refused = render("--force", "--format", "iebupdte").assertUserError(2);

        assertEquals("zdeploy: output directory " + out() + " holds files zdeploy did not write, so it is left alone"
                + " (even with --force, zdeploy rewrites or removes only files its record .zdeploy/files.json lists,"
                + " unchanged): IZUD05UC (changed since zdeploy wrote it), MYJOB (not written by zdeploy:"
                + " .zdeploy/files.json does not list it); move them away or choose another directory\n", refused.err());
        assertEquals("//MYJOB JOB\n", read(out().resolve("MYJOB")));
        assertEquals("//CHANGED JOB\n", read(out().resolve("IZUD05UC")));
        assertFalse(Files.exists(out().resolve("IZUDLOAD")));
    }

    @Test
    void forceLeavesADirectoryWithoutZdeploysRecordAlone() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("MYJOB"), "//MYJOB JOB\n");
        Files.writeString(out().resolve("README"), "mine\n");

        Cli.Result refused = render("--force").assertUserError(2);

        assertTrue(refused.err().endsWith(": MYJOB (not written by zdeploy: there is no .zdeploy/files.json), README"
                + " (not written by zdeploy: there is no .zdeploy/files.json); move them away or choose another"
                + " directory\n"), refused.err());
        assertEquals(List.of("MYJOB", "README"), tree(out()));
    }

    @Test
    void theIebupdteDeckLoadsEveryMemberInRunOrderAndPassesTheLinter() {
        Cli.Result result = render("--format", "iebupdte").assertOk();

        assertEquals(out() + ": 1 member written, 0 unchanged, 0 removed (target instance XYZTM21_1)\n"
                + "The deck IZUDLOAD loads 7 members into SYSPROG.XYZTM21.DEPLOY.CNTL with IEBUPDTE.\n" + EXAMPLE_JOBS,
                result.out());
        assertEquals(List.of(".zdeploy/", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUDLOAD"), tree(out()));
        String deck = read(out().resolve("IZUDLOAD"));
        List<String> records = deck.lines().toList();
        assertEquals("//XYZDEPLY JOB (ACCT#,SYSPROG),'XYZ TM DEPLOY',CLASS=A,MSGCLASS=X,", records.get(0));
        assertTrue(records.contains("//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW"), deck);
        assertTrue(records.contains("//SYSUT2   DD DSN=SYSPROG.XYZTM21.DEPLOY.CNTL,DISP=OLD"), deck);
        assertTrue(records.contains("//SYSIN    DD DATA,DLM=$$"), deck);
        assertEquals(EXAMPLE_MEMBERS.stream().map(member -> "./ ADD NAME=" + member + ",LIST=ALL").toList(),
                records.stream().filter(record -> record.startsWith("./ ADD")).toList());
        assertEquals(List.of("./ ENDUP", "$$"), records.subList(records.size() - 2, records.size()));
        String member = pdsMember("IZUD03CP");
        assertTrue(deck.contains("./ ADD NAME=IZUD03CP,LIST=ALL\n" + member), "the member's records follow its ADD card");

        assertEquals("", run("lint", out().resolve("IZUDLOAD").toString()).assertOk().out());
        assertEquals("", run("lint", "--zos", out().resolve("IZUDLOAD").toString()).assertOk().out());
    }

    /** The text of a member of the built-in example, rendered into a second directory. */
    private String pdsMember(String name) {
        Path pds = dir.resolve("pds");
        if (!Files.exists(pds)) {
            run("render", "--quiet", "--out", pds.toString()).assertOk();
        }
        return read(pds.resolve(name));
    }

    @Test
    void theIebupdteFormatNeedsAJclDataSet() throws IOException {
        ExampleFiles example = ExampleFiles.write(dir, text -> text, text -> text.replace("\"jcldataset\"", "\"jcllibrary\""));

        Cli.Result result = render(args(example.args(), "--format", "iebupdte")).assertUserError(2);

        assertTrue(result.err().startsWith("zdeploy: --format iebupdte loads the members into the request's jcldataset, and "
                + example.request() + " names none\n"), result.err());
        assertFalse(Files.exists(out()));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result = render("--format", "xmit").assertUserError(2);

        assertTrue(result.err().contains("--format is pds or iebupdte (got \"xmit\")"), result.err());
        assertFalse(Files.exists(out()));
    }

    @Test
    void quietPrintsNothing() {
        Cli.Result result = render("--quiet").assertOk();

        assertEquals("", result.out());
        assertTrue(Files.exists(out().resolve("IZUD07DA")));
    }

    @Test
    void warningsEndTheSummaryAndGoToStandardErrorWhenQuiet() throws IOException {
        ExampleFiles example = ExampleFiles.write(dir, text -> text, text -> text.replace("\"description\"", "\"remark\""));
        String warning = "warning: " + example.request() + " /remark: unknown field, ignored";

        Cli.Result loud = render(example.args()).assertOk();
        Cli.Result quiet = render(args(example.args(), "--quiet"));

        assertTrue(loud.out().endsWith("\nWarnings\n  " + warning + "\n"), loud.out());
        assertEquals(0, quiet.status());
        assertEquals("", quiet.out());
        assertEquals(warning + "\n", quiet.err());
    }

    @Test
    void aVolumeOverItsAssumedCapacityShowsAFullBarAndAPlanWarning() throws IOException {
        ExampleFiles example = ExampleFiles.write(dir, text -> text.replace("\"tracks\": \"3000\"", "\"tracks\": \"200000\""),
                text -> text);

        Cli.Result result = render(example.args()).assertOk();

        assertTrue(result.out().endsWith("""
                Target volumes
                  TM2R01  [....................]   1%  2,445 of 150,255 tracks (3390-9 assumed)
                  TM2R02  [####################] 134% OVER  202,160 of 150,255 tracks (3390-9 assumed)

                Warnings
                  warning: plan /zdeploy/volumeusage/1/tracks: target volume TM2R02 would hold 202,160 tracks of data\
                 sets, more than its capacity of 150,255 tracks (a 3390-9 was assumed) (got "202160")
                """), result.out());
    }

    @Test
    void anInventoryGivesTheVolumeCapacities() {
        Cli.Result result = run(args("render", Cli.goldenInputs("zone-renames-inventory"), "--out", out().toString()))
                .assertOk();

        assertTrue(result.out().contains("\nTarget volumes\n"), result.out());
        assertFalse(result.out().contains("assumed"), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.matches("  \\S{1,6}  \\[[#.]{20}\\] +\\d+%  [\\d,]+ of [\\d,]+ tracks")),
                result.out());
    }

    @Test
    void siteTemplatesShadowTheShippedOnes() throws IOException {
        Path site = dir.resolve("site");
        run("templates", "export", site.toString()).assertOk();
        Path ra = site.resolve("RA.ftl");
        Files.writeString(ra, Files.readString(ra).replace("${jcl.exec(\"RACF\", \"PGM=IKJEFT1A\")}",
                "${jcl.comment(\"Site standard: reviewed by change control\")}\n${jcl.exec(\"RACF\", \"PGM=IKJEFT1A\")}"));

        render("--templates", site.toString(), "--quiet").assertOk();

        assertTrue(read(out().resolve("IZUD01RA")).contains("//* Site standard: reviewed by change control\n//RACF "));
    }

    @Test
    void templatesThatAreNotADirectoryAreAUsageError() {
        Cli.Result result = render("--templates", dir.resolve("nowhere").toString()).assertUserError(2);

        assertTrue(result.err().startsWith("zdeploy: --templates " + dir.resolve("nowhere") + " is not a directory\n"),
                result.err());
    }

    @Test
    void descriptorAndRequestGoTogether() {
        Path file = dir.resolve("IZUD00DF.json");

        assertTrue(render("--descriptor", file.toString()).assertUserError(2).err()
                .startsWith("zdeploy: give both --descriptor and --request, or neither for the built-in example\n"));
        assertEquals(file + ": the file does not exist\n",
                render("--inventory", file.toString()).assertUserError(2).err());
        assertFalse(Files.exists(out()));
    }

    @Test
    void theBuiltInExampleIsCheckedAgainstAnInventoryGivenAlone() {
        Path inventory = Cli.PROJECT.resolve("src/test/resources/inventory/readme-example.json");

        Cli.Result result = render("--inventory", inventory.toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("(target instance XYZTM21_2)"), result.out());
    }
}
