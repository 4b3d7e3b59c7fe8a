package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.Linter;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.LintGate;
import dev.zdeploy.render.RenderedJob;
import dev.zdeploy.render.TemplateSource;
import dev.zdeploy.testing.Jclcheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Renders the shipped templates for tests and checks every member against the output policy. */
final class Rendering {

    private Rendering() {}

    /** Every job of {@code plan}, rendered with the shipped templates through the policy gate. */
    static List<RenderedJob> renderAll(DeploymentPlan plan) {
        return new JobRenderer(TemplateSource.shipped(), PolicyGate.INSTANCE).render(plan, JobPlanner.jobs(plan));
    }

    /** The member of {@code type}, rendered through the policy gate. */
    static String render(DeploymentPlan plan, JobType type) {
        return new JobRenderer(TemplateSource.shipped(), PolicyGate.INSTANCE).render(plan, List.of(job(plan, type)))
                .get(0).text();
    }

    static Job job(DeploymentPlan plan, JobType type) {
        return JobPlanner.jobs(plan).stream().filter(job -> job.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("the plan has no " + type + " job"));
    }

    /** The records of a member. */
    static List<String> records(String text) {
        assertTrue(text.endsWith("\n"), "a member ends with a newline");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    /** The words of a member's comment records ({@code //*}), joined by single spaces. */
    static String commentWords(String text) {
        return String.join(" ", records(text).stream().filter(r -> r.startsWith("//*"))
                .map(r -> r.substring(3).trim()).filter(r -> !r.isEmpty()).toList());
    }

    /**
     * The records between the in-stream DD statement {@code //<ddName> DD *} (or {@code DD DATA}) of
     * step {@code step} and its delimiter.
     */
    static List<String> instream(String text, String step, String ddName) {
        List<String> records = records(text);
        int at = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith("//" + String.format("%-8s", step) + " EXEC")) {
                at = i;
                break;
            }
        }
        assertTrue(at >= 0, "no step " + step + " in\n" + text);
        for (int i = at + 1; i < records.size(); i++) {
            String record = records.get(i);
            if (record.startsWith("//" + String.format("%-8s", ddName) + " DD ")) {
                List<String> data = new ArrayList<>();
                for (int j = i + 1; j < records.size() && !records.get(j).startsWith("/*")
                        && !records.get(j).startsWith("//"); j++) {
                    data.add(records.get(j));
                }
                return data;
            }
        }
        throw new AssertionError("no DD " + ddName + " in step " + step + " of\n" + text);
    }

    /**
     * The logical JCL statement (continuations joined) whose first record starts with {@code start},
     * e.g. {@code "//COPY001  EXEC"}.
     */
    static String statement(String text, String start) {
        List<String> records = records(text);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith(start)) {
                List<String> cards = new ArrayList<>(List.of(records.get(i)));
                for (int j = i + 1; j < records.size() && records.get(j).startsWith("// "); j++) {
                    cards.add(records.get(j));
                }
                return dev.zdeploy.jcl.JclWriter.unwrap(cards);
            }
        }
        throw new AssertionError("no statement " + start + " in\n" + text);
    }

    /** The names of the steps of a member, in order. */
    static List<String> steps(String text) {
        return records(text).stream().filter(r -> r.matches("//[A-Z@#$][A-Z0-9@#$]* +EXEC .*"))
                .map(r -> r.substring(2, r.indexOf(' '))).toList();
    }

    /**
     * Runs the independent checker {@code jclcheck} (shared/bin beside the repository) on every
     * member and asserts it finds nothing; empty when the checker is not installed here.
     */
    static Optional<String> jclcheck(List<RenderedJob> jobs, Path directory) throws IOException, InterruptedException {
        for (RenderedJob job : jobs) {
            Files.writeString(directory.resolve(job.member()), job.text(), StandardCharsets.US_ASCII);
        }
        Optional<Jclcheck.Result> result = Jclcheck.run(directory);
        result.ifPresent(ran -> assertEquals(0, ran.exitCode(), ran.output()));
        return result.map(Jclcheck.Result::output);
    }

    /** The lint gate of these tests: the project's linter in policy mode, and the record checks of PolicyCheck. */
    enum PolicyGate implements LintGate {
        INSTANCE;

        private final Linter linter = new Linter(Linter.Mode.POLICY);

        @Override
        public List<String> check(String member, String text) {
            List<String> findings = new ArrayList<>();
            linter.lint(member, text).forEach(finding -> findings.add(finding.format()));
            findings.addAll(PolicyCheck.findings(member, text));
            return findings;
        }
    }
}
