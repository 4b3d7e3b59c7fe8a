package dev.zdeploy;

import dev.zdeploy.testing.ExampleFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.output.ForeignContentException;
import dev.zdeploy.output.OutputDirectoryNotEmptyException;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.testing.PlanFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library facade: inputs in, plan and members out, files only when asked. */
class ZDeployTest {

    private static final List<String> EXAMPLE_MEMBERS = List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05UC", "IZUD06VF", "IZUD07DA");

    @TempDir
    Path dir;

    private final ZDeploy zdeploy = ZDeploy.create();
    private ExampleFiles example;

    @BeforeEach
    void writeTheBuiltInExample() {
        example = ExampleFiles.write(dir);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pathsStreamsObjectsAndTheBuiltInExampleGiveTheSameDeployment() throws IOException {
        Inputs fromPaths = zdeploy.read(example.descriptor(), example.request(), null);
        Inputs fromStreams = zdeploy.read(stream(InputReader.exampleText("descriptor.json")),
                stream(InputReader.exampleText("request.json")), null);
        Inputs fromObjects = zdeploy.read(fromPaths.descriptor(), fromPaths.request(), fromPaths.inventory());

        Map<String, String> members = zdeploy.generate(fromPaths).members();

        assertEquals(EXAMPLE_MEMBERS, List.copyOf(members.keySet()));
        assertEquals(members, zdeploy.generate(fromStreams).members());
        assertEquals(members, zdeploy.generate(fromObjects).members());
        assertEquals(members, zdeploy.generate(zdeploy.builtInExample()).members());
    }

    @Test
    void anInventoryStreamIsRead() throws IOException {
        Inputs inputs = zdeploy.read(stream(InputReader.exampleText("descriptor.json")),
                stream(InputReader.exampleText("request.json")),
                stream("{\"volumes\": [{\"volume\": \"TM2R01\", \"tracks\": 3000}]}"));

        assertTrue(inputs.hasInventory());
        assertEquals(3000, zdeploy.plan(inputs).volumeUsage().get(0).capacity());
    }

    @Test
    void badStreamsAreNamedInTheProblems() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> zdeploy.read(stream("{"),
                stream(InputReader.exampleText("request.json").replace("\"TM2R02\"", "\"TM2R002\"")), stream("[]")));

        List<String> sources = e.problems().stream().map(Problem::source).distinct().toList();
        assertEquals(List.of("descriptor.json", "request.json", "inventory.json"), sources);
    }

    @Test
    void badFilesThrowEveryProblem() throws IOException {
        example.editRequest(text -> text.replace("\"TM2R01\"", "\"TM2R001\"").replace("\"XYZTMP\"", "\"XYZTEMPAL\""));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> zdeploy.read(example.descriptor(), example.request(), null));

        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void membersComeInRunOrderWithTheirJobsAndTheManifestNeedsNoRendering() {
        DeploymentPlan plan = zdeploy.plan(zdeploy.builtInExample());

        Deployment deployment = zdeploy.render(plan);

        assertEquals(EXAMPLE_MEMBERS, deployment.jobs().stream().map(job -> job.member()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), deployment.jobs().stream().map(job -> job.job().sequence()).toList());
        deployment.members().forEach((member, text) -> assertTrue(text.startsWith("//XYZDEPLY JOB "), member));
        assertEquals(zdeploy.manifest(plan), deployment.manifest());
        assertTrue(deployment.manifest().contains("\"SYSPROG.XYZTM21.DEPLOY.CNTL(IZUD07DA)\""));
        assertEquals(plan, deployment.plan());
    }

    @Test
    void aDeploymentMakesItsManifestFromItsPlanTheSameEachTimeAndStreamsTheSameText() {
        DeploymentPlan plan = zdeploy.plan(zdeploy.builtInExample());
        Deployment deployment = zdeploy.render(plan);
        java.io.StringWriter streamed = new java.io.StringWriter();

        deployment.writeManifest(streamed);

        assertEquals(zdeploy.manifest(plan), streamed.toString());
        assertEquals(streamed.toString(), deployment.manifest());
        // The record holds its plan and members only: a manifest held too would double a large deployment.
        assertEquals(List.of("plan", "jobs"), java.util.Arrays.stream(Deployment.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
    }

    @Test
    void aPlanAdjustedByTheCallerIsRenderedAsGiven() {
        DeploymentPlan plan = zdeploy.plan(zdeploy.builtInExample());
        DeploymentPlan adjusted = new DeploymentPlan(plan.deploymentName(), plan.sourceType(), plan.sourceName(),
                plan.sourceSystem(), plan.sourceDirectory(), plan.descriptorVersion(), "XYZTM21_TEST",
                plan.jcldataset(), List.of("//SITEJOB  JOB (SITE),'SITE STANDARD',CLASS=T"), plan.catalogObjective(),
                plan.masterCatalog(), plan.volumeMap(), plan.datasets(), plan.zones(), plan.globalZoneCsi(),
                plan.mountPoints(), plan.highLevelQualifiers(), plan.work(), plan.volumeUsage(), plan.warnings(),
                plan.checksNotMade());

        Deployment deployment = zdeploy.render(adjusted);

        deployment.members().forEach((member, text) ->
                assertTrue(text.startsWith("//SITEJOB  JOB (SITE),'SITE STANDARD',CLASS=T\n"), member + ":\n" + text));
        assertTrue(deployment.manifest().startsWith("{\n  \"tgtswiname\": \"XYZTM21_TEST\",\n"), deployment.manifest());
    }

    @Test
    void aPlanBuiltByTheCallerIsRendered() {
        Deployment deployment = zdeploy.render(PlanFixtures.copyPlan(2));

        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05UC", "IZUD06VF", "IZUD07DA"),
                List.copyOf(deployment.members().keySet()));
        assertTrue(deployment.members().get("IZUD03CP").contains("PROD.LIB00002"));
    }

    @Test
    void nothingIsPrintedAndNoFileIsTouchedWithoutWrite() throws IOException {
        List<String> before = listing(dir);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Deployment deployment = zdeploy.generate(zdeploy.read(example.descriptor(), example.request(), null));
            zdeploy.deck(deployment);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertEquals("", console.toString(StandardCharsets.UTF_8));
        assertEquals(before, listing(dir));
    }

    @Test
    void writeMakesAPdsStyleDirectoryWithTheManifest() throws IOException {
        Deployment deployment = zdeploy.generate(zdeploy.builtInExample());
        Path out = dir.resolve("out");

        WriteReport report = zdeploy.write(deployment, out);

        assertEquals(EXAMPLE_MEMBERS, report.written());
        List<String> expected = new ArrayList<>(EXAMPLE_MEMBERS);
        expected.add(".zdeploy");
        assertEquals(expected.stream().sorted().toList(), listing(out));
        for (Map.Entry<String, String> member : deployment.members().entrySet()) {
            assertEquals(member.getValue(), Files.readString(out.resolve(member.getKey())));
        }
        assertEquals(deployment.manifest(), Files.readString(out.resolve(".zdeploy/manifest.json")));
    }

    @Test
    void aDirectoryThatAlreadyHoldsExactlyThisOutputIsUpToDateNotRefused() throws IOException {
        Deployment deployment = zdeploy.generate(zdeploy.builtInExample());
        Path out = dir.resolve("out");
        zdeploy.write(deployment, out);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("IZUD04RN"), old);

        WriteReport again = zdeploy.write(deployment, out);

        assertTrue(again.nothingChanged(), again.toString());
        assertEquals(EXAMPLE_MEMBERS, again.unchanged());
        assertEquals(old, Files.getLastModifiedTime(out.resolve("IZUD04RN")));
    }

    @Test
    void aMemberZdeployDidNotWriteIsRefusedEvenWithForceAndKept() throws IOException {
        Path out = dir.resolve("out");
        zdeploy.write(zdeploy.generate(zdeploy.builtInExample()), out);
        Files.writeString(out.resolve("IZUD09XX"), "//OLD JOB\n");
        Deployment deployment = zdeploy.generate(zdeploy.builtInExample());
        Map<String, String> before = snapshot(out);

        assertThrows(ForeignContentException.class, () -> zdeploy.write(deployment, out));
        ForeignContentException forced = assertThrows(ForeignContentException.class,
                () -> ZDeploy.create(ZDeployOptions.defaults().withForce(true)).write(deployment, out));

        assertEquals(List.of("IZUD09XX"), forced.foreign());
        assertEquals(before, snapshot(out));
    }

    @Test
    void forceRemovesOnlyMembersZdeployWroteAndNamesThem() throws IOException {
        Path out = dir.resolve("out");
        Deployment deployment = zdeploy.generate(zdeploy.builtInExample());
        ZDeploy.create(ZDeployOptions.defaults().withFormat(OutputFormat.IEBUPDTE)).write(deployment, out);

        assertThrows(OutputDirectoryNotEmptyException.class, () -> zdeploy.write(deployment, out));
        WriteReport forced = ZDeploy.create(ZDeployOptions.defaults().withForce(true)).write(deployment, out);

        assertEquals(List.of("IZUDLOAD"), forced.removed());
        assertEquals(EXAMPLE_MEMBERS, forced.written());
        assertTrue(forced.summary().endsWith("1 removed (IZUDLOAD)"), forced.summary());
        assertFalse(Files.exists(out.resolve("IZUDLOAD")));
    }

    @Test
    void exactlyThisOutputBesideAForeignFileIsNotUpToDate() throws IOException {
        Deployment deployment = zdeploy.generate(zdeploy.builtInExample());
        Path out = dir.resolve("out");
        zdeploy.write(deployment, out);
        Files.writeString(out.resolve("README.txt"), "mine\n");

        assertThrows(ForeignContentException.class, () -> zdeploy.write(deployment, out));
        assertThrows(ForeignContentException.class,
                () -> ZDeploy.create(ZDeployOptions.defaults().withForce(true)).write(deployment, out));
        assertEquals("mine\n", Files.readString(out.resolve("README.txt")));
    }

    private static Map<String, String> snapshot(Path directory) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString(), Files.readString(file)
                        + " @" + Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    @Test
    void theDeckLoadsEveryMemberIntoTheJclDataSet() throws IOException {
        Deployment deployment = zdeploy.generate(zdeploy.builtInExample());
        ZDeploy decks = ZDeploy.create(ZDeployOptions.defaults().withFormat(OutputFormat.IEBUPDTE));
        Path out = dir.resolve("out");

        String deck = zdeploy.deck(deployment);
        decks.write(deployment, out);

        assertEquals(deck, Files.readString(out.resolve("IZUDLOAD")));
        assertEquals(deployment.manifest(), Files.readString(out.resolve(".zdeploy/manifest.json")));
        assertEquals(List.of(".zdeploy", "IZUDLOAD"), listing(out));
        for (Map.Entry<String, String> member : deployment.members().entrySet()) {
            assertTrue(deck.contains("./ ADD NAME=" + member.getKey() + ",LIST=ALL\n" + member.getValue()), member.getKey());
        }
        assertTrue(deck.contains("//SYSUT2   DD DSN=SYSPROG.XYZTM21.DEPLOY.CNTL,DISP=OLD\n"), deck);
        assertTrue(deck.endsWith("./ ENDUP\n$$\n"), deck);
    }

    @Test
    void aDeckNeedsAJclDataSet() throws IOException {
        example.editRequest(text -> text.replace("\"jcldataset\"", "\"jcllibrary\""));
        Deployment deployment = zdeploy.generate(zdeploy.read(example.descriptor(), example.request(), null));
        Path out = dir.resolve("out");
        ZDeploy decks = ZDeploy.create(ZDeployOptions.defaults().withFormat(OutputFormat.IEBUPDTE));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> decks.write(deployment, out));

        assertEquals("request /jcldataset: an IEBUPDTE deck loads the members into jcldataset, which the request"
                + " does not name", e.getMessage());
        assertFalse(Files.exists(out));
        InvalidInputException streamed = assertThrows(InvalidInputException.class,
                () -> decks.renderTo(deployment.plan(), out));
        assertEquals(e.getMessage(), streamed.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void optionsAreImmutableAndEachWithMakesAChangedCopy() {
        ZDeployOptions defaults = ZDeployOptions.defaults();
        ZDeployOptions changed = defaults.withTemplateDirectory(dir).withForce(true).withFormat(OutputFormat.IEBUPDTE);

        assertEquals(Optional.empty(), defaults.templateDirectory());
        assertFalse(defaults.force());
        assertEquals(OutputFormat.PDS, defaults.format());
        assertEquals(Optional.of(dir), changed.templateDirectory());
        assertTrue(changed.force());
        assertEquals(OutputFormat.IEBUPDTE, changed.format());
        assertEquals(changed, ZDeployOptions.defaults().withFormat(OutputFormat.IEBUPDTE).withForce(true)
                .withTemplateDirectory(dir));
        assertEquals(changed.hashCode(), defaults.withTemplateDirectory(dir).withForce(true)
                .withFormat(OutputFormat.IEBUPDTE).hashCode());
        assertNotEquals(defaults, changed);
        assertEquals(changed, ZDeploy.create(changed).options());
        assertThrows(NullPointerException.class, () -> defaults.withFormat(null));
    }

    @Test
    void aTemplateDirectoryThatIsNotOneIsRefused() {
        ZDeployOptions options = ZDeployOptions.defaults().withTemplateDirectory(dir.resolve("nowhere"));

        assertThrows(IllegalArgumentException.class, () -> ZDeploy.create(options));
    }

    private static List<String> listing(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
