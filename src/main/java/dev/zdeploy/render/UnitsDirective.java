package dev.zdeploy.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a job writes for every data set (IDCAMS units, UCL statements, DFSMSdss commands, comment lines
 * listing a value per data set) written straight into the member being rendered, a piece at a time
 * ({@code <@jcl.write.catalogChecks plan=plan datasets=job.datasets/>}), instead of returned as one
 * string for {@code ${...}} to write: at 1,000,000 data sets one such string is 310 MB, and building it
 * cost up to three times that at once, the largest part of the render's peak memory, and a cost per
 * data set that grew with the deployment (see {@link Records}). The records are the same as those of
 * the function of the same name ({@code jcl.catalogChecks(plan, datasets)}), which writes through the
 * same code into {@link Records} kept whole and stays for site templates that use the text as a value.
 */
final class UnitsDirective implements TemplateDirectiveModel {

    /** Writes the records for the directive's parameters, unwrapped to their Java objects. */
    interface Units {
        void write(Map<String, Object> parameters, Records records);
    }

    private final String name;
    private final List<String> parameters;
    private final Units units;

    UnitsDirective(String name, List<String> parameters, Units units) {
        this.name = name;
        this.parameters = parameters;
        this.units = units;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        // The body is not checked: JobRenderer's interruption checks give every directive call a body,
        // an empty one too, so one written without nested content cannot be told from one with it.
        if (loopVars.length > 0) {
            throw new TemplateModelException("jcl.write." + name + " takes no loop variables");
        }
        TreeSet<String> unknown = new TreeSet<>();
        for (Object key : params.keySet()) {
            if (!parameters.contains(key)) {
                unknown.add(String.valueOf(key));
            }
        }
        if (!unknown.isEmpty()) {
            throw new TemplateModelException("jcl.write." + name + " has no parameter " + String.join(", ", unknown)
                    + "; its parameters are " + String.join(", ", parameters));
        }
        Map<String, Object> values = new HashMap<>();
        for (String parameter : parameters) {
            TemplateModel model = (TemplateModel) params.get(parameter);
            if (model == null) {
                throw new TemplateModelException("jcl.write." + name + " needs the parameter " + parameter
                        + "; its parameters are " + String.join(", ", parameters));
            }
            values.put(parameter, DeepUnwrap.unwrap(model));
        }
        Records written = new Records(env.getOut());
        try {
            units.write(values, written);
            written.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ClassCastException e) {
            throw new TemplateModelException("jcl.write." + name + ": a parameter is not of the kind it needs ("
                    + String.join(", ", parameters) + "): " + e.getMessage());
        }
    }
}
