package dev.zdeploy.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
        Path normalized = directory.toAbsolutePath().normalize();
        refuseLinksOutside(normalized);
        TemplateSource source = new TemplateSource(normalized);
        source.refuseTemplatesThatShadowNothing();
        return source;
    }

    /**
     * A site template whose name is no shipped template's ({@code ra.ftl} for {@code RA.ftl}) would be
     * silently ignored, and the shipped one used: refused, listing the names there are. A helper that
     * another site template includes or imports by its quoted name is the site's own and is kept.
     *
     * @throws TemplateRenderException naming every such file
     */
    private void refuseTemplatesThatShadowNothing() {
        List<String> shipped = ShippedTemplates.names();
        List<String> names = userTemplateNames();
        List<String> unused = new ArrayList<>();
        for (String name : names) {
            if (!shipped.contains(name) && !usedByAnother(name, names)) {
                unused.add(name);
            }
        }
        if (!unused.isEmpty()) {
            throw TemplateRenderException.shadowsNothing(userDirectory, unused, shipped);
        }
    }

    private boolean usedByAnother(String name, List<String> names) {
        for (String other : names) {
            if (!other.equals(name)) {
                try {
                    if (Files.readString(userDirectory.resolve(other), StandardCharsets.UTF_8)
                            .contains("\"" + name + "\"")) {
                        return true;
                    }
                } catch (IOException e) {
                    // unreadable (not UTF-8, say): the template fails with its own message where it is used
                }
            }
        }
        return false;
    }

    /**
     * A symbolic link in the template directory that leads outside it would let a template directory
     * read any file as a template (FreeMarker's loader refuses it only at render time, with a security
     * error): refused up front, naming the link.
     *
     * @throws TemplateRenderException naming the first such link
     */
    private static void refuseLinksOutside(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            Path real = directory.toRealPath();
            for (Path entry : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(entry)) {
                    Path target = entry.toRealPath();
                    if (!target.startsWith(real)) {
                        throw TemplateRenderException.linkOutside(entry, target, directory);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw TemplateRenderException.linkOutside(Path.of(e.getFile()), null, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template directory " + directory, e);
        }
    }

    /**
     * The names (relative, with '/') of the site's template files, {@code .ftl} below the directory;
     * empty without one.
     */
    List<String> userTemplateNames() {
        if (userDirectory == null) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(userDirectory)) {
            return walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(".ftl"))
                    .map(file -> userDirectory.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template directory " + userDirectory, e);
        }
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
