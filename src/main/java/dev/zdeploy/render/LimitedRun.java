package dev.zdeploy.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

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
     * Template and line that wrote the first character of each output line (0-based): the template's
     * index in {@link #originTemplates} in the high half, its line in the low half. Kept as numbers,
     * not "DA.ftl:12" strings, because a member has a line for every record and only a lint finding
     * ever asks for one; and kept only when site templates may have written lines (null otherwise: a
     * shipped member's lines name no template).
     */
    private long[] lineOrigins;
    private int lineCount;
    private final List<String> originTemplates = new ArrayList<>();
    private String lastOriginTemplate;
    private int lastOriginIndex;
    private boolean atLineStart = true;
    private boolean inText;
    private int newlinesInElement;
    private String callTemplate;
    private int callLine;
    private int callColumn;

    /** @param trackOrigins whether to note which template line wrote each output line ({@link #originOf}) */
    LimitedRun(TemplateLimits limits, boolean trackOrigins) {
        this.limits = limits;
        this.lineOrigins = trackOrigins ? new long[256] : null;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        depth++;
        Kind kind = KINDS.get(element.getClass());
        if (kind != Kind.CHECK) {
            // The checks stand where a body begins; the element that led there says more.
            template = element.getTemplate() == null ? "?" : element.getTemplate().getSourceName();
            line = element.getBeginLine();
            column = element.getBeginColumn();
            inText = kind == Kind.TEXT;
            newlinesInElement = 0;
        }
        if (kind == Kind.CALL) {
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

    /** What an element is to the limits, known from its class (FreeMarker's element classes are not public). */
    private enum Kind {
        /** An interruption check added by JobRenderer: it stands for the body it begins. */
        CHECK,
        /** Static text of the template. */
        TEXT,
        /** A call: a macro call (@name), #include, #import, #visit or #recurse. */
        CALL,
        OTHER
    }

    /**
     * The kind of each element class, worked out once per class: this runs for every element of every
     * member, and an element's description (which told calls apart before) is its canonical form,
     * printed anew on every call.
     */
    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            String name = type.getName();
            if (name.endsWith("ThreadInterruptionCheck")) {
                return Kind.CHECK;
            }
            switch (name) {
                case "freemarker.core.TextBlock":
                    return Kind.TEXT;
                case "freemarker.core.UnifiedCall":
                case "freemarker.core.Include":
                case "freemarker.core.LibraryLoad":
                case "freemarker.core.VisitNode":
                case "freemarker.core.RecurseNode":
                    return Kind.CALL;
                default:
                    return Kind.OTHER;
            }
        }
    };

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
        if (lineOrigins == null || index < 1 || index > lineCount) {
            return null;
        }
        long origin = lineOrigins[index - 1];
        return originTemplates.get((int) (origin >>> 32)) + ":" + (int) origin;
    }

    /** Notes the origin of each output line as its first character is written. */
    private void track(String text, int offset, int length) {
        if (lineOrigins == null) {
            return;
        }
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (atLineStart) {
                // A static text block spans lines of its template: count them in.
                lineStarts(line + (inText ? newlinesInElement : 0));
                atLineStart = false;
            }
            int newline = text.indexOf('\n', i);
            if (newline < 0 || newline >= end) {
                return;
            }
            atLineStart = true;
            newlinesInElement++;
            i = newline + 1;
        }
    }

    /** As {@link #track(String, int, int)}, for the StringBuilder of a directive's records (searched as it is). */
    private void track(CharSequence text) {
        if (!(text instanceof StringBuilder records)) {
            String string = text.toString();
            track(string, 0, string.length());
            return;
        }
        if (lineOrigins == null) {
            return;
        }
        int end = records.length();
        int i = 0;
        while (i < end) {
            if (atLineStart) {
                lineStarts(line + (inText ? newlinesInElement : 0));
                atLineStart = false;
            }
            int newline = records.indexOf("\n", i);
            if (newline < 0) {
                return;
            }
            atLineStart = true;
            newlinesInElement++;
            i = newline + 1;
        }
    }

    private void track(char[] text, int offset, int length) {
        if (lineOrigins == null) {
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            if (atLineStart) {
                lineStarts(line + (inText ? newlinesInElement : 0));
                atLineStart = false;
            }
            if (text[i] == '\n') {
                atLineStart = true;
                newlinesInElement++;
            }
        }
    }

    private void lineStarts(int templateLine) {
        if (!template.equals(lastOriginTemplate)) {
            int index = originTemplates.indexOf(template);
            if (index < 0) {
                index = originTemplates.size();
                originTemplates.add(template);
            }
            lastOriginTemplate = template;
            lastOriginIndex = index;
        }
        if (lineCount == lineOrigins.length) {
            lineOrigins = java.util.Arrays.copyOf(lineOrigins, lineCount * 2);
        }
        lineOrigins[lineCount++] = ((long) lastOriginIndex << 32) | (templateLine & 0xFFFFFFFFL);
    }

    /** {@code out}, counting: more than the output limit stops the run. */
    Writer counting(Writer out) {
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                count(length);
                track(buffer, offset, length);
                out.write(buffer, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                count(length);
                track(text, offset, length);
                out.write(text, offset, length);
            }

            /** Passed on as it is (see ChunkedText#append): no copy into a string of its own. */
            @Override
            public Writer append(CharSequence text) throws IOException {
                CharSequence appended = text == null ? "null" : text;
                count(appended.length());
                track(appended);
                out.append(appended);
                return this;
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

    /**
     * Counts {@code length} more characters of the member, stopping the run past the output limit or past
     * the most characters one string holds (a member is held and handed on as one: ChunkedText.MAX_CHARS),
     * whichever comes first.
     */
    private void count(long length) {
        written += length;
        if (written > limits.output()) {
            throw exceeded("the template wrote more than " + limits.output() + " characters for one member");
        }
        if (written > ChunkedText.MAX_CHARS) {
            throw exceeded("the template wrote more than " + ChunkedText.MAX_CHARS
                    + " characters for one member, the most one Java string holds");
        }
    }

    private TemplateLimitExceeded exceeded(String what) {
        return new TemplateLimitExceeded(what + " (limit set by the template limits: see README, Limits)", template,
                line, column);
    }
}
