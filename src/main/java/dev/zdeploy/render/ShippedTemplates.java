package dev.zdeploy.render;

import dev.zdeploy.jobs.JobType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates zdeploy ships, packaged in the jar (the output stage's {@code TemplateExport} writes
 * them out for a site to start its own from).
 */
public final class ShippedTemplates {

    /** The macro library every job template imports. */
    public static final String LIBRARY = "lib/jcl.ftl";

    private ShippedTemplates() {}

    /** Every shipped template name, relative to the template directory, in a stable order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (JobType type : JobType.values()) {
            names.add(type.templateName());
        }
        names.add(LIBRARY);
        return List.copyOf(names);
    }

    /** The bytes of the shipped template {@code name}, one of {@link #names()}. */
    public static byte[] read(String name) {
        try (InputStream in = ShippedTemplates.class.getResourceAsStream(TemplateSource.SHIPPED_PATH + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped template " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
