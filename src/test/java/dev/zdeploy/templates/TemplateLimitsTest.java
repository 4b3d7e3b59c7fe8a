package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.TemplateLimits;
import dev.zdeploy.render.TemplateRenderException;
import dev.zdeploy.render.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's template that loops, recurses or writes without end is stopped at its limit, naming template and line. */
class TemplateLimitsTest {

    private static final TemplateLimits SMALL = TemplateLimits.DEFAULTS.withTime(Duration.ofMillis(300)).withDepth(40)
            .withOutput(100_000);

    @TempDir
    Path site;

    private final DeploymentPlan plan = Scenarios.copy(1);

    private TemplateRenderException failure(String template) throws IOException {
        return failure(template, SMALL);
    }

    private TemplateRenderException failure(String template, TemplateLimits limits) throws IOException {
        Files.writeString(site.resolve("DA.ftl"), template);
        JobRenderer renderer = new JobRenderer(TemplateSource.withUserDirectory(site), Rendering.PolicyGate.INSTANCE,
                limits);
        return assertThrows(TemplateRenderException.class,
                () -> renderer.render(plan, List.of(Rendering.job(plan, JobType.DA))));
    }

    @Test
    void anEmptyLoopWithoutEndStopsAtTheTimeLimit() throws IOException {
        TemplateRenderException e = failure("//IZUD05DA JOB (1),'X'\n<#list 1.. as i></#list>\n");

        assertEquals("member IZUD07DA: template error in DA.ftl, line 2, column 1\nthe template ran longer than 300"
                + " ms (a loop without end, such as <#list 1.. as i>?) (limit set by the template limits: see"
                + " README, Limits)", e.getMessage());
    }

    @Test
    void aMacroCallingItselfStopsAtTheDepthLimit() throws IOException {
        TemplateRenderException e = failure("//IZUD05DA JOB (1),'X'\n<#macro m>\n<@m/>\n</#macro>\n<@m/>\n");

        assertEquals("DA.ftl", e.templateName());
        assertEquals(3, e.line());
        assertEquals(true, e.getMessage().contains("templates nest deeper than 40 levels"), e.getMessage());
    }

    @Test
    void aTemplateIncludingItselfStopsAtTheDepthLimit() throws IOException {
        TemplateRenderException e = failure("//IZUD05DA JOB (1),'X'\n<#include \"DA.ftl\">\n");

        assertEquals(2, e.line());
        assertEquals(true, e.getMessage().contains("templates nest deeper than 40 levels"), e.getMessage());
    }

    @Test
    void anEmptyLoopInAnIncludedTemplateStopsToo() throws IOException {
        Files.writeString(site.resolve("spin.ftl"), "\n\n<#list 1.. as i></#list>\n");

        TemplateRenderException e = failure("//IZUD05DA JOB (1),'X'\n<#include \"spin.ftl\">\n");

        assertEquals("spin.ftl", e.templateName());
        assertEquals(3, e.line());
    }

    @Test
    void aTemplateWritingWithoutEndStopsAtTheOutputLimit() throws IOException {
        TemplateRenderException e = failure("//IZUD05DA JOB (1),'X'\n<#list 1.. as i>\n//* ${i}\n</#list>\n",
                SMALL.withTime(Duration.ofMinutes(5)));

        assertEquals("DA.ftl", e.templateName());
        assertEquals(true, e.getMessage().contains("the template wrote more than 100000 characters for one member"),
                e.getMessage());
    }

    /** The records of a {@code jcl.write.*} directive (passed on as their StringBuilder) count toward the limit too. */
    @Test
    void recordsWrittenByADirectiveCountTowardTheOutputLimit() throws IOException {
        TemplateRenderException e = failure("//IZUD05DA JOB (1),'X'\n<#list 1.. as i>\n"
                + "<@jcl.write.absentListcats names=[\"SYS1.A\" + i]/></#list>\n", SMALL.withTime(Duration.ofMinutes(5)));

        assertEquals("DA.ftl", e.templateName());
        assertEquals(true, e.getMessage().contains("the template wrote more than 100000 characters for one member"),
                e.getMessage());
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheTemplateDirectoryIsRefused() throws IOException {
        Path outside = Files.writeString(site.resolveSibling(site.getFileName() + "-secret.txt"), "secret");
        Path dir = Files.createDirectory(site.resolve("site"));
        Files.createSymbolicLink(dir.resolve("DA.ftl"), outside);

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> TemplateSource.withUserDirectory(dir));

        assertEquals("template directory " + dir + ": " + dir.resolve("DA.ftl") + " is a symbolic link to "
                + outside.toRealPath() + ", outside the template directory; templates are read only from inside it",
                e.getMessage());
        Files.delete(outside);
    }

    @Test
    void timeAndOutputGrowOncePerFiftyThousandDataSetsBegun() {
        TemplateLimits limits = TemplateLimits.DEFAULTS;

        assertEquals(limits, limits.forDataSets(0));
        assertEquals(limits, limits.forDataSets(50_000));
        assertEquals(new TemplateLimits(Duration.ofSeconds(120), 200, 128L << 20), limits.forDataSets(50_001));
        assertEquals(new TemplateLimits(Duration.ofSeconds(1200), 200, 20 * (64L << 20)), limits.forDataSets(1_000_000));
        assertEquals(Long.MAX_VALUE, limits.withOutput(Long.MAX_VALUE / 2).forDataSets(150_000).output());
    }
}
