package dev.zdeploy.plan;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.Test;

/**
 * The plans of the two shared example pairs (copied under src/test/resources/examples), pinned as
 * approved files next to this class: the readable report and the JSON. Reviewed by hand against the
 * seed's sample response when approved; any change of a decision shows up as a diff here.
 */
class ExamplePlansTest {

    @Test
    void softwareInstanceIntoANewMasterCatalogReport() {
        Approvals.verify(PlanReport.text(plan("zos24-swi")), options(".txt"));
    }

    @Test
    void softwareInstanceIntoANewMasterCatalogJson() {
        Approvals.verify(PlanJson.write(plan("zos24-swi"), List.of()), options(".json"));
    }

    @Test
    void portableInstanceIntoTheExistingCatalogReport() {
        Approvals.verify(PlanReport.text(plan("qwt-pswi")), options(".txt"));
    }

    @Test
    void portableInstanceIntoTheExistingCatalogJson() {
        Approvals.verify(PlanJson.write(plan("qwt-pswi"), List.of()), options(".json"));
    }

    private static Options options(String extension) {
        return new Options().withReporter(new QuietReporter()).forFile().withExtension(extension);
    }

    static DeploymentPlan plan(String example) {
        Path dir = resource("examples/" + example);
        Inputs inputs = InputReader.read("descriptor.json", text(dir.resolve("descriptor.json")), "request.json",
                text(dir.resolve("request.json")));
        return PlanBuilder.build(inputs.descriptor(), inputs.request(), inputs.inventory());
    }

    private static Path resource(String name) {
        try {
            return Path.of(ExamplePlansTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
