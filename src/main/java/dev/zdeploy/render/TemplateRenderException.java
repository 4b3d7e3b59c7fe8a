package dev.zdeploy.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.List;
import java.util.Optional;

/**
 * A template that could not be read or run. The message names the template, line and column, the
 * failing expression and FreeMarker's tip, as FreeMarker's own errors do, on lines a person can read.
 */
public final class TemplateRenderException extends RuntimeException {

    private final String templateName;
    private final Integer line;
    private final Integer column;

    private TemplateRenderException(String message, String templateName, Integer line, Integer column, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    static TemplateRenderException of(String member, TemplateException e) {
        String where = where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
        StringBuilder message = new StringBuilder();
        message.append("member ").append(member).append(": template error in ").append(where).append('\n');
        message.append(e.getMessageWithoutStackTop().strip());
        if (e.getBlamedExpressionString() != null) {
            message.append("\nFailing expression: ").append(e.getBlamedExpressionString());
        }
        rootCause(e).ifPresent(cause -> message.append("\nCause: ").append(cause.getMessage()));
        return new TemplateRenderException(message.toString(), e.getTemplateSourceName(), e.getLineNumber(),
                e.getColumnNumber(), e);
    }

    static TemplateRenderException of(String member, ParseException e) {
        String where = where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber());
        String message = "member " + member + ": template syntax error in " + where + '\n' + e.getEditorMessage()
                + "\nTip: check the FreeMarker directive at that position (an unclosed <#if>, <#list> or ${...}).";
        return new TemplateRenderException(message, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e);
    }

    /** A template run stopped at one of its {@link TemplateLimits}. */
    static TemplateRenderException limit(String member, String template, Integer line, Integer column, String what) {
        return new TemplateRenderException("member " + member + ": template error in " + where(template, line, column)
                + "\n" + what, template, line, column, null);
    }

    /** A symbolic link in the site's template directory that leads outside it (or nowhere, {@code target} null). */
    static TemplateRenderException linkOutside(java.nio.file.Path link, java.nio.file.Path target, java.nio.file.Path directory) {
        return new TemplateRenderException("template directory " + directory + ": " + link + " is a symbolic link "
                + (target == null ? "to nothing" : "to " + target + ", outside the template directory")
                + "; templates are read only from inside it", link.toString(), null, null, null);
    }

    /** Site templates whose names shadow no shipped template and that no site template includes. */
    static TemplateRenderException shadowsNothing(java.nio.file.Path directory, List<String> names, List<String> shipped) {
        StringBuilder message = new StringBuilder("template directory " + directory + ": ");
        for (String name : names) {
            message.append(name).append(shipped.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst()
                    .map(n -> " (did you mean " + n + "?)").orElse("")).append(", ");
        }
        message.setLength(message.length() - 2);
        message.append(names.size() == 1 ? " shadows" : " shadow").append(" no shipped template and no template there"
                + " includes ").append(names.size() == 1 ? "it" : "them").append(", so ")
                .append(names.size() == 1 ? "it would be" : "they would be").append(" ignored; the shipped templates are ")
                .append(String.join(", ", shipped));
        return new TemplateRenderException(message.toString(), names.get(0), null, null, null);
    }

    static TemplateRenderException missing(String member, String templateName) {
        return new TemplateRenderException("member " + member + ": template " + templateName
                + " not found in the template directory or the shipped templates", templateName, null, null, null);
    }

    /** What FreeMarker's message only points to ("see cause exception"): a statement writer's refusal, say. */
    private static Optional<Throwable> rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean told = root == e || root.getClass().getName().startsWith("freemarker.") || root.getMessage() == null;
        return told ? Optional.empty() : Optional.of(root);
    }

    private static String where(String template, Integer line, Integer column) {
        return (template == null ? "?" : template) + ", line " + (line == null ? "?" : line) + ", column "
                + (column == null ? "?" : column);
    }

    public String templateName() {
        return templateName;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
