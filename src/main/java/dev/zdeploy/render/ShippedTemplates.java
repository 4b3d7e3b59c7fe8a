package dev.zdeploy.render;

import dev.zdeploy.jobs.JobType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The templates zdeploy ships, and writing them out for a site to start its own from. */
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

    /**
     * Writes every shipped template under {@code directory}, creating it when needed. Existing
     * files are not overwritten unless {@code overwrite}.
     *
     * @return the files written
     */
    public static List<Path> export(Path directory, boolean overwrite) throws IOException {
        List<Path> planned = new ArrayList<>();
        for (String name : names()) {
            Path target = directory.resolve(name);
            if (Files.exists(target) && !overwrite) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "exists and is not overwritten");
            }
            planned.add(target);
        }
        for (int i = 0; i < planned.size(); i++) {
            Path target = planned.get(i);
            Files.createDirectories(target.getParent());
            Files.write(target, read(names().get(i)));
        }
        return List.copyOf(planned);
    }

    static byte[] read(String name) {
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
