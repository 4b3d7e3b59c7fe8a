package dev.zdeploy.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates come from: the ones shipped in the jar, shadowed file by file by a site's own
 * directory when one is given (as OpenAPI Generator's {@code -t} does).
 */
public final class TemplateSource {

    /** Class path folder of the shipped templates (the top-level {@code templates/} of the repository). */
    public static final String SHIPPED_PATH = "/dev/zdeploy/templates";

    private final Path userDirectory;

    private TemplateSource(Path userDirectory) {
        this.userDirectory = userDirectory;
    }

    public static TemplateSource shipped() {
        return new TemplateSource(null);
    }

    /** The shipped templates, shadowed by those in {@code directory}. */
    public static TemplateSource withUserDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("template directory " + directory + " is not a directory");
        }
        return new TemplateSource(directory.toAbsolutePath().normalize());
    }

    public Optional<Path> userDirectory() {
        return Optional.ofNullable(userDirectory);
    }

    TemplateLoader loader() {
        TemplateLoader shipped = new ClassTemplateLoader(TemplateSource.class, SHIPPED_PATH);
        if (userDirectory == null) {
            return shipped;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDirectory.toFile()), shipped});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template directory " + userDirectory, e);
        }
    }
}
