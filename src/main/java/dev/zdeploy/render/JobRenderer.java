package dev.zdeploy.render;

import dev.zdeploy.jobs.Job;
import dev.zdeploy.plan.DeploymentPlan;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays each job of a plan out with its template and passes every member through the lint gate.
 * Either every member renders clean or an exception says which did not.
 */
public final class JobRenderer {

    private final Configuration configuration;
    private final LintGate lintGate;

    public JobRenderer(TemplateSource source, LintGate lintGate) {
        this.configuration = FreemarkerConfigurationFactory.create(source);
        this.lintGate = lintGate;
    }

    /**
     * Renders {@code jobs} of {@code plan} in order.
     *
     * @throws TemplateRenderException a template is missing, malformed or fails
     * @throws LintGateException       a rendered member breaks the output policy
     */
    public List<RenderedJob> render(DeploymentPlan plan, List<Job> jobs) {
        List<RenderedJob> rendered = new ArrayList<>();
        try {
            render(plan, jobs, rendered::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rendered);
    }

    /** Where each rendered member goes, as soon as it is rendered and checked. */
    @FunctionalInterface
    public interface Sink {
        void accept(RenderedJob job) throws IOException;
    }

    /**
     * Renders {@code jobs} of {@code plan} in order, handing each member that passes the lint gate to
     * {@code sink} as soon as it is rendered, so that a caller writing them holds one at a time. The
     * findings of every member are collected and thrown together at the end, after the last member.
     *
     * @throws TemplateRenderException a template is missing, malformed or fails
     * @throws LintGateException       a rendered member breaks the output policy
     */
    public void render(DeploymentPlan plan, List<Job> jobs, Sink sink) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Job job : jobs) {
            String text = renderOne(plan, jobs, job);
            List<String> found = lintGate.check(job.member(), text);
            findings.addAll(found);
            if (found.isEmpty()) {
                sink.accept(new RenderedJob(job, text));
            }
        }
        if (!findings.isEmpty()) {
            throw new LintGateException(findings);
        }
    }

    private String renderOne(DeploymentPlan plan, List<Job> jobs, Job job) {
        Template template = template(job);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("job", job);
        model.put("jobs", jobs);
        model.put("jobStatement", JobStatement.cards(plan.jobStatement(), job));
        model.put("jcl", new JclHelpers());
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw TemplateRenderException.of(job.member(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Template template(Job job) {
        String name = job.type().templateName();
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw TemplateRenderException.missing(job.member(), name);
        } catch (ParseException e) {
            throw TemplateRenderException.of(job.member(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }
}
