package dev.zdeploy.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches one template run against its {@link TemplateLimits}: FreeMarker calls the tracer on entering
 * and leaving every element (and, with the interruption checks added to each template, on every
 * pass through a loop or macro body, however empty), so depth and time are checked where the
 * template is, and the writer counts what it writes. Crossing a limit throws
 * {@link TemplateLimitExceeded} naming the template and line being run.
 */
final class LimitedRun implements TemplateProcessingTracer {

    /** Thrown from inside the run; {@link JobRenderer} turns it into a template error. */
    static final class TemplateLimitExceeded extends RuntimeException {
        final String template;
        final int line;
        final int column;

        TemplateLimitExceeded(String message, String template, int line, int column) {
            super(message, null, false, false);
            this.template = template;
            this.line = line;
            this.column = column;
        }
    }

    private final TemplateLimits limits;
    private final long deadline;
    private int depth;
    private long written;
    private String template = "?";
    private int line;
    private int column;
    /**
     * Template and line that wrote the first character of each output line (0-based), "DA.ftl:12"; kept
     * only when site templates may have written lines (null otherwise: a shipped member's lines name no
     * template, and a member of a million lines would hold a million of these). Each origin is one
     * string however many lines it wrote ({@link #origins}).
     */
    private final List<String> lineOrigins;
    private final Map<String, String> origins = new HashMap<>();
    private boolean atLineStart = true;
    private boolean inText;
    private int newlinesInElement;
    private String callTemplate;
    private int callLine;
    private int callColumn;

    /** @param trackOrigins whether to note which template line wrote each output line ({@link #originOf}) */
    LimitedRun(TemplateLimits limits, boolean trackOrigins) {
        this.limits = limits;
        this.lineOrigins = trackOrigins ? new ArrayList<>() : null;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        depth++;
        if (!element.getClass().getName().contains("ThreadInterruptionCheck")) {
            // The checks stand where a body begins; the element that led there says more.
            template = element.getTemplate() == null ? "?" : element.getTemplate().getSourceName();
            line = element.getBeginLine();
            column = element.getBeginColumn();
            inText = element.getClass().getSimpleName().equals("TextBlock");
            newlinesInElement = 0;
        }
        if (isCall(element)) {
            // The innermost call (macro, function, #include ...) is what a depth error points at.
            callTemplate = template;
            callLine = line;
            callColumn = column;
        }
        if (depth > limits.depth()) {
            if (callTemplate != null) {
                template = callTemplate;
                line = callLine;
                column = callColumn;
            }
            throw exceeded("templates nest deeper than " + limits.depth() + " levels (a macro, function or #include"
                    + " that calls itself without end?)");
        }
        if (System.nanoTime() - deadline > 0) {
            throw exceeded("the template ran longer than " + duration() + " (a loop without"
                    + " end, such as <#list 1.. as i>?)");
        }
    }

    private static boolean isCall(TracedElement element) {
        String description = element.getDescription();
        return description != null && (description.startsWith("@") || description.startsWith("#include")
                || description.startsWith("#import") || description.startsWith("#visit")
                || description.startsWith("#recurse"));
    }

    private String duration() {
        long millis = limits.time().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : millis + " ms";
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** Where output line {@code index} (1-based) came from, "DA.ftl:12", or null when unknown. */
    String originOf(int index) {
        return lineOrigins != null && index >= 1 && index <= lineOrigins.size() ? lineOrigins.get(index - 1) : null;
    }

    /** Notes the origin of each output line as its first character is written. */
    private void track(CharSequence text, int offset, int length) {
        if (lineOrigins == null) {
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            if (atLineStart) {
                // A static text block spans lines of its template: count them in.
                String origin = template + ":" + (line + (inText ? newlinesInElement : 0));
                lineOrigins.add(origins.computeIfAbsent(origin, key -> key));
                atLineStart = false;
            }
            if (text.charAt(i) == '\n') {
                atLineStart = true;
                newlinesInElement++;
            }
        }
    }

    /** {@code out}, counting: more than the output limit stops the run. */
    Writer counting(Writer out) {
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                written += length;
                if (written > limits.output()) {
                    throw exceeded("the template wrote more than " + limits.output() + " characters for one member");
                }
                track(java.nio.CharBuffer.wrap(buffer), offset, length);
                out.write(buffer, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                written += length;
                if (written > limits.output()) {
                    throw exceeded("the template wrote more than " + limits.output() + " characters for one member");
                }
                track(text, offset, length);
                out.write(text, offset, length);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    private TemplateLimitExceeded exceeded(String what) {
        return new TemplateLimitExceeded(what + " (limit set by the template limits: see README, Limits)", template,
                line, column);
    }
}
