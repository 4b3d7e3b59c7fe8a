package dev.zdeploy.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code <@jcl.write.notEmpty message="...">...</@jcl.write.notEmpty>}: writes its body straight into the
 * member and fails the render with {@code message} when the body wrote nothing. lib/jcl.ftl's gimsmpStep
 * refuses an empty SMPCNTL so; it captured its nested statements into a string to look at them, which
 * for UC's DDDEF statements was a member-sized string (119 MB at 1,000,000 data sets), built twice
 * over before it was written.
 */
final class NotEmptyDirective implements TemplateDirectiveModel {

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (loopVars.length > 0 || params.size() != 1 || !(params.get("message") instanceof TemplateScalarModel message)) {
            throw new TemplateModelException("jcl.write.notEmpty takes one parameter, message (a string), and no loop variables");
        }
        Watched out = new Watched(env.getOut());
        if (body != null) {
            body.render(out);
        }
        if (!out.wrote) {
            throw new TemplateModelException(message.getAsString());
        }
    }

    /** Passes everything on, noting whether anything was written. */
    private static final class Watched extends Writer {
        private final Writer out;
        boolean wrote;

        Watched(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            wrote |= length > 0;
            out.write(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            wrote |= length > 0;
            out.write(text, offset, length);
        }

        /** Passed on as it is (see ChunkedText#append): no copy into a string of its own. */
        @Override
        public Writer append(CharSequence text) throws IOException {
            CharSequence appended = text == null ? "null" : text;
            wrote |= appended.length() > 0;
            out.append(appended);
            return this;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            // the member's writer is closed by its owner
        }
    }
}
