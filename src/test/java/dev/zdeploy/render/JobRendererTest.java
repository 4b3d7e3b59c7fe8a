package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jobs.Job;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.testing.PlanFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRendererTest {

    private static final LintGate CLEAN = (member, text) -> List.of();

    @TempDir
    Path templates;

    private final DeploymentPlan plan = PlanFixtures.copyPlan(2);
    private final List<Job> jobs = JobPlanner.jobs(plan);
    private final Job first = jobs.get(0);

    private List<RenderedJob> renderWith(String template, LintGate gate) throws IOException {
        Files.writeString(templates.resolve(first.type().templateName()), template);
        return new JobRenderer(TemplateSource.withUserDirectory(templates), gate).render(plan, List.of(first));
    }

    @Test
    void aTemplateInTheUserDirectoryShadowsTheShippedOne() throws IOException {
        List<RenderedJob> rendered = renderWith("//* site template for ${job.member} of ${plan.tgtswiname}\n", CLEAN);

        assertEquals("//* site template for IZUD01RA of PROD_1\n", rendered.get(0).text());
    }

    @Test
    void aSandboxedTemplateCannotCreateJavaObjects() {
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> renderWith(
                "<#assign exec = \"freemarker.template.utility.Execute\"?new()>${exec(\"id\")}\n", CLEAN));

        assertTrue(e.getMessage().contains("RA.ftl, line 1, column"), e.getMessage());
        assertTrue(e.getMessage().contains("Execute"), e.getMessage());
        assertEquals("RA.ftl", e.templateName());
        assertEquals(1, e.line());
    }

    @Test
    void aSandboxedTemplateCannotReachTheJavaApi() {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> renderWith("ok\n${plan?api.getClass().getName()}\n", CLEAN));

        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("?api"), e.getMessage());
    }

    @Test
    void aTemplateErrorNamesTemplateLineColumnAndExpression() {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> renderWith("//* one\n//* ${plan.noSuchField}\n", CLEAN));

        assertTrue(e.getMessage().startsWith("member IZUD01RA: template error in RA.ftl, line 2, column 7"), e.getMessage());
        assertTrue(e.getMessage().contains("Failing expression: plan.noSuchField"), e.getMessage());
        assertTrue(e.getMessage().contains("Tip"), e.getMessage());
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateAndLine() {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> renderWith("//* one\n<#if plan.hasSmpe()>\n", CLEAN));

        assertTrue(e.getMessage().startsWith("member IZUD01RA: template syntax error in RA.ftl, line"), e.getMessage());
    }

    @Test
    void lintFindingsStopTheRenderWithMemberAndLineAndTheSiteTemplateLineThatWroteIt() {
        LintGate gate = (member, text) -> List.of(member + ":1:73: record-length: record is 73 characters");

        LintGateException e = assertThrows(LintGateException.class, () -> renderWith("x".repeat(73) + "\n", gate));

        assertEquals(List.of("IZUD01RA:1:73: record-length: record is 73 characters (written by site template RA.ftl:1)"),
                e.findings());
    }

    /**
     * The records of a {@code jcl.write.*} directive reach the member as the directive's StringBuilder
     * (Records, ChunkedText.append), not as strings: each line still names the site template line that
     * wrote it, and the text is what the directive wrote.
     */
    @Test
    void recordsADirectiveWroteNameTheSiteTemplateLineOfTheDirective() throws IOException {
        String template = "//* one\n<@jcl.write.absentListcats names=[\"SYS1.A\", \"SYS1.B\"]/>//* end\n";
        assertEquals("//* one\n LISTCAT ENTRIES(SYS1.A)\n IF LASTCC = 0 THEN SET LASTCC = 12\n"
                + " LISTCAT ENTRIES(SYS1.B)\n IF LASTCC = 0 THEN SET LASTCC = 12\n//* end\n",
                renderWith(template, CLEAN).get(0).text());
        LintGate gate = (member, text) -> List.of(member + ":1:1: x: first", member + ":3:1: x: a directive's record",
                member + ":6:1: x: after it");

        LintGateException e = assertThrows(LintGateException.class, () -> renderWith(template, gate));

        assertEquals(List.of("IZUD01RA:1:1: x: first (written by site template RA.ftl:1)",
                "IZUD01RA:3:1: x: a directive's record (written by site template RA.ftl:2)",
                "IZUD01RA:6:1: x: after it (written by site template RA.ftl:2)"), e.findings());
    }

    @Test
    void numbersAreRenderedWithoutGrouping() throws IOException {
        List<RenderedJob> rendered = renderWith("${plan.volumeUsage[0].capacity}\n", CLEAN);

        assertEquals("150255\n", rendered.get(0).text());
    }

    @Test
    void theDefaultJobStatementNamesTheMember() throws IOException {
        List<RenderedJob> rendered = renderWith("<#list jobStatement as card>${card}\n</#list>", CLEAN);

        assertEquals("//IZUD01RA JOB (ACCOUNT),'NAME'\n", rendered.get(0).text());
    }

    // ---- the lint gate on a second thread (render to memory): the outcome of running it in line

    @Test
    void theGateSeesEveryMemberOnceInOrderAndItsFindingsComeInMemberOrder() throws IOException {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        LintGate gate = (member, text) -> {
            seen.add(member);
            return member.equals(jobs.get(0).member()) ? List.of() : List.of(member + ":1:1: job: " + text.strip());
        };
        for (Job job : jobs) {
            Files.writeString(templates.resolve(job.type().templateName()), "${job.member}\n");
        }

        LintGateException e = assertThrows(LintGateException.class,
                () -> new JobRenderer(TemplateSource.withUserDirectory(templates), gate).render(plan, jobs));

        List<String> members = jobs.stream().map(Job::member).toList();
        assertEquals(members, seen);
        assertEquals(members.subList(1, members.size()).stream().map(m -> m + ":1:1: job: " + m
                + " (written by site template " + jobs.get(members.indexOf(m)).type().templateName() + ":1)").toList(),
                e.findings());
    }

    @Test
    void aGateThatFailsOnAMemberFailsBeforeATemplateThatFailsAfterIt() throws IOException {
        Job second = jobs.get(1);
        Files.writeString(templates.resolve(first.type().templateName()), "//* one\n");
        Files.writeString(templates.resolve(second.type().templateName()), "${plan.noSuchField}\n");
        LintGate gate = (member, text) -> {
            throw new IllegalStateException("gate failed on " + member);
        };

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new JobRenderer(TemplateSource.withUserDirectory(templates), gate).render(plan, List.of(first, second)));

        assertEquals("gate failed on " + first.member(), e.getMessage());
    }

    @Test
    void renderingToMemoryGivesTheMembersRenderingOneAtATimeGives() throws IOException {
        JobRenderer renderer = new JobRenderer(TemplateSource.shipped(), new PolicyLintGate());
        List<RenderedJob> oneAtATime = new java.util.ArrayList<>();
        renderer.render(plan, jobs, oneAtATime::add);

        assertEquals(oneAtATime, renderer.render(plan, jobs));
    }

    // ---- handed on as rendered, the gate on a second thread: the outcome of running it in line

    @Test
    void heldToNothingEachMemberIsHandedOnWhenItsGateHasPassedAndTheNextIsRenderedNeverLater() throws IOException {
        List<String> checked = new java.util.concurrent.CopyOnWriteArrayList<>();
        LintGate gate = (member, text) -> {
            checked.add(member);
            return List.of();
        };
        JobRenderer renderer = new JobRenderer(TemplateSource.shipped(), gate);
        List<Integer> checkedWhenHandedOn = new java.util.ArrayList<>();
        List<RenderedJob> handedOn = new java.util.ArrayList<>();

        try (SecondThread second = new SecondThread()) {
            renderer.render(plan, jobs, job -> {
                checkedWhenHandedOn.add(checked.size());
                handedOn.add(job);
            }, second, 0);
        }

        // Member i is handed on after its own gate and before member i + 2 is rendered: held to nothing
        // beyond the newest member (as members larger than the bound are), the renderer holds two at most.
        for (int i = 0; i < jobs.size(); i++) {
            assertTrue(checkedWhenHandedOn.get(i) >= i + 1 && checkedWhenHandedOn.get(i) <= i + 2,
                    checkedWhenHandedOn.toString());
        }
        assertEquals(new JobRenderer(TemplateSource.shipped(), new PolicyLintGate()).render(plan, jobs), handedOn);
    }

    @Test
    void handedOnAGateThatFailsOnAMemberFailsBeforeATemplateThatFailsAfterIt() throws IOException {
        Job second = jobs.get(1);
        Files.writeString(templates.resolve(first.type().templateName()), "//* one\n");
        Files.writeString(templates.resolve(second.type().templateName()), "${plan.noSuchField}\n");
        LintGate gate = (member, text) -> {
            throw new IllegalStateException("gate failed on " + member);
        };
        List<RenderedJob> handedOn = new java.util.ArrayList<>();

        IllegalStateException e;
        try (SecondThread thread = new SecondThread()) {
            e = assertThrows(IllegalStateException.class, () -> new JobRenderer(TemplateSource.withUserDirectory(templates),
                    gate).render(plan, List.of(first, second), handedOn::add, thread));
        }

        assertEquals("gate failed on " + first.member(), e.getMessage());
        assertEquals(List.of(), handedOn);
    }
}
