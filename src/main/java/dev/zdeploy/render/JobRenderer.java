package dev.zdeploy.render;

import dev.zdeploy.jobs.Job;
import dev.zdeploy.plan.DeploymentPlan;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Lays each job of a plan out with its template and passes every member through the lint gate.
 * Either every member renders clean or an exception says which did not.
 */
public final class JobRenderer {

    /**
     * Built on the first render, not with the renderer: FreeMarker's configuration and object wrapper
     * cost a noticeable part of a short run, and plan, validate and lint never render.
     */
    private volatile Configuration configuration;
    private final LintGate lintGate;
    private final TemplateLimits limits;
    private final TemplateSource source;
    private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean prepared;

    public JobRenderer(TemplateSource source, LintGate lintGate) {
        this(source, lintGate, TemplateLimits.DEFAULTS);
    }

    /** A renderer whose template runs are bounded by {@code limits}. */
    public JobRenderer(TemplateSource source, LintGate lintGate, TemplateLimits limits) {
        this.lintGate = lintGate;
        this.limits = limits;
        this.source = source;
    }

    private Configuration configuration() {
        Configuration built = configuration;
        if (built == null) {
            synchronized (this) {
                built = configuration;
                if (built == null) {
                    built = FreemarkerConfigurationFactory.create(source);
                    configuration = built;
                }
            }
        }
        return built;
    }

    /**
     * Renders {@code jobs} of {@code plan} in order.
     *
     * @throws TemplateRenderException a template is missing, malformed or fails
     * @throws LintGateException       a rendered member breaks the output policy
     */
    public List<RenderedJob> render(DeploymentPlan plan, List<Job> jobs) {
        try (SecondThread second = new SecondThread()) {
            return render(plan, jobs, second);
        }
    }

    /**
     * Renders {@code jobs} of {@code plan} in order, as {@link #render(DeploymentPlan, List)}, with the
     * lint gate of each member run on {@code second} while the next member is rendered: for a caller
     * that holds every member anyway, so that overlapping them holds no more. The members, findings and
     * first failure are those of rendering and checking them in line: the gate's results are taken in
     * member order, and a template that fails after a member whose gate failed reports the gate's
     * failure, as the gate ran first.
     *
     * @throws TemplateRenderException a template is missing, malformed or fails
     * @throws LintGateException       a rendered member breaks the output policy
     */
    public List<RenderedJob> render(DeploymentPlan plan, List<Job> jobs, SecondThread second) {
        // The streamed render without a bound: no member waits for its gate, each is kept once it passed.
        List<RenderedJob> rendered = new ArrayList<>(jobs.size());
        try {
            render(plan, jobs, rendered::add, second, Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a list does not throw
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
        boolean siteTemplates = source.userDirectory().isPresent();
        TemplateLimits scaled = limits.forDataSets(plan.datasets().size());
        for (Job job : jobs) {
            LimitedRun run = new LimitedRun(scaled, siteTemplates);
            String text = renderOne(plan, jobs, job, run);
            List<String> found = fromSiteTemplates(lintGate.check(job.member(), text), job.member(), run);
            findings.addAll(found);
            if (found.isEmpty()) {
                sink.accept(new RenderedJob(job, text));
            }
        }
        if (!findings.isEmpty()) {
            throw new LintGateException(findings);
        }
    }

    /**
     * What the streamed render holds of members rendered before the newest one while their gates run, in
     * characters: small members (a deployment of a thousand data sets) go through without the renderer
     * waiting for each gate; members larger than this (a million data sets) are handed on one at a time,
     * so at most two are held.
     */
    static final long HELD_CHARS = 64L << 20;

    /**
     * Renders {@code jobs} of {@code plan} in order, handing each member that passes the lint gate to
     * {@code sink}, as {@link #render(DeploymentPlan, List, Sink)} does, with each member's gate run on
     * {@code second} while the next members render: a member goes to the sink once its gate has passed,
     * and the renderer waits for a gate only when the members held before the newest one come to more than
     * {@value #HELD_CHARS} characters, so memory holds the newest member and at most that much more, never
     * the deployment. The sink is called on the caller's thread, in member order; the members it gets, the
     * findings and the first failure are those of the call that checks in line (a template that fails
     * after a member whose gate failed reports the gate's failure, as the gate ran first).
     *
     * @throws TemplateRenderException a template is missing, malformed or fails
     * @throws LintGateException       a rendered member breaks the output policy (every finding, after
     *                                 the last member)
     */
    public void render(DeploymentPlan plan, List<Job> jobs, Sink sink, SecondThread second) throws IOException {
        render(plan, jobs, sink, second, HELD_CHARS);
    }

    /** {@link #render(DeploymentPlan, List, Sink, SecondThread)} holding at most {@code heldChars} beyond the newest. */
    void render(DeploymentPlan plan, List<Job> jobs, Sink sink, SecondThread second, long heldChars)
            throws IOException {
        List<String> findings = new ArrayList<>();
        boolean siteTemplates = source.userDirectory().isPresent();
        TemplateLimits scaled = limits.forDataSets(plan.datasets().size());
        WaitingMembers<Checked> waiting = new WaitingMembers<>(heldChars);
        for (Job job : jobs) {
            LimitedRun run = new LimitedRun(scaled, siteTemplates);
            String text;
            try {
                text = renderOne(plan, jobs, job, run);
            } catch (RuntimeException | Error e) {
                // The gates of the members before ran first, in line: the first of them to fail is the failure.
                for (Future<?> before : waiting.checks()) {
                    SecondThread.get(before);
                }
                throw e;
            }
            Future<List<String>> check = second.submit(() -> lintGate.check(job.member(), text));
            waiting.add(new Checked(new RenderedJob(job, text), run, check), text.length(), check);
            // A gate's failure ends the call here; the checks still queued are dropped when the caller closes
            // the second thread.
            for (Checked ready = waiting.next(); ready != null; ready = waiting.next()) {
                handOn(ready, findings, sink);
            }
        }
        for (Checked left = waiting.take(); left != null; left = waiting.take()) {
            handOn(left, findings, sink);
        }
        if (!findings.isEmpty()) {
            throw new LintGateException(findings);
        }
    }

    /** A rendered member whose lint gate runs on the second thread. */
    private record Checked(RenderedJob job, LimitedRun run, Future<List<String>> check) { }

    private void handOn(Checked member, List<String> findings, Sink sink) throws IOException {
        List<String> found = fromSiteTemplates(SecondThread.get(member.check), member.job.member(), member.run);
        findings.addAll(found);
        if (found.isEmpty()) {
            sink.accept(member.job);
        }
    }

    /**
     * A finding on a line a site template wrote names that template and line: the member itself was
     * never written, so the member line alone would leave the site to guess.
     */
    private List<String> fromSiteTemplates(List<String> findings, String member, LimitedRun run) {
        List<String> siteTemplates = findings.isEmpty() ? List.of() : source.userTemplateNames();
        if (siteTemplates.isEmpty()) {
            return findings;
        }
        List<String> named = new ArrayList<>();
        for (String finding : findings) {
            String origin = null;
            String[] parts = finding.split(":", 3);
            if (parts.length == 3 && parts[0].equals(member) && parts[1].matches("\\d{1,9}")) {
                origin = run.originOf(Integer.parseInt(parts[1]));
            }
            boolean site = origin != null && siteTemplates.contains(origin.substring(0, origin.lastIndexOf(':')));
            named.add(site ? finding + " (written by site template " + origin + ")" : finding);
        }
        return named;
    }

    private String renderOne(DeploymentPlan plan, List<Job> jobs, Job job, LimitedRun run) {
        Template template = template(job);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("job", job);
        model.put("jobs", jobs);
        model.put("jobStatement", JobStatement.cards(plan.jobStatement(), job));
        model.put("jcl", new JclHelpers());
        ChunkedText out = new ChunkedText();
        try {
            Environment env = template.createProcessingEnvironment(model, run.counting(out));
            env.setTemplateProcessingTracer(run);
            env.process();
        } catch (LimitedRun.TemplateLimitExceeded e) {
            throw TemplateRenderException.limit(job.member(), e.template, e.line, e.column, e.getMessage());
        } catch (StackOverflowError e) {
            throw TemplateRenderException.limit(job.member(), template.getSourceName(), null, null, "templates nest"
                    + " too deeply for the Java stack (a macro, function or #include that calls itself without end?)");
        } catch (TemplateException e) {
            throw TemplateRenderException.of(job.member(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Adds FreeMarker's interruption checks to a template once, so that every pass through a loop or
     * macro body, even an empty one, reaches the tracer. A site's templates are all prepared before
     * the first run (a job template's #include or #import loads them while it runs); the configuration
     * keeps every template loaded, so none is loaded again without its checks.
     */
    private synchronized void withChecks(Template template) {
        if (!prepared) {
            prepared = true;
            for (String name : source.userTemplateNames()) {
                try {
                    withChecks(configuration().getTemplate(name));
                } catch (IOException e) {
                    // A template that does not load fails, with its own message, where it is used: the
                    // cache must not keep this failure for it.
                    try {
                        configuration().removeTemplateFromCache(name);
                    } catch (IOException ignored) {
                        // nothing cached to remove
                    }
                }
            }
        }
        if (checked.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
    }

    private Template template(Job job) {
        String name = job.type().templateName();
        try {
            Template template = configuration().getTemplate(name);
            withChecks(template);
            return template;
        } catch (TemplateNotFoundException e) {
            throw TemplateRenderException.missing(job.member(), name);
        } catch (ParseException e) {
            throw TemplateRenderException.of(job.member(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }
}
