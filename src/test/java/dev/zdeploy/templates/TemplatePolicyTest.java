package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.RenderedJob;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every job of every scenario passes the linter and jclcheck, starts as a job must, and renders the same twice. */
class TemplatePolicyTest {

    @TempDir
    Path members;

    static Stream<Arguments> scenarios() {
        return Scenarios.all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyMemberPassesTheLinterAndJclcheck(String name, DeploymentPlan plan) throws Exception {
        List<RenderedJob> jobs = Rendering.renderAll(plan);

        assertEquals(JobPlanner.jobs(plan).size(), jobs.size());
        Rendering.jclcheck(jobs, members).ifPresent(output -> assertTrue(output.contains(", 0 problems"), output));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyJobStartsWithItsJobStatementAndCommentBox(String name, DeploymentPlan plan) {
        for (RenderedJob job : Rendering.renderAll(plan)) {
            List<String> records = Rendering.records(job.text());
            assertEquals("//" + job.member() + " JOB (ACCOUNT),'NAME'", records.get(0));
            assertTrue(records.get(1).startsWith("//*****"), job.member());
            String box = String.join("\n", records.subList(1, 2 + records.subList(2, records.size()).indexOf(records.get(1))));
            for (String section : List.of("WHAT IT DOES", "BEFORE YOU SUBMIT IT", "RETURN CODES", "AFTER A FAILURE")) {
                assertTrue(box.contains("//* " + section), job.member() + " lacks " + section + "\n" + box);
            }
            assertFalse(job.text().contains("\n\n"), "empty record in " + job.member());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void renderingIsDeterministic(String name, DeploymentPlan plan) {
        assertEquals(Rendering.renderAll(plan), Rendering.renderAll(plan));
    }
}
