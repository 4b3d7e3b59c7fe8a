package dev.zdeploy;

import dev.zdeploy.render.TemplateLimits;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a {@link ZDeploy}: immutable; each {@code withX} returns a changed copy, as
 * ApprovalTests' {@code Options} do.
 *
 * <pre>{@code
 * ZDeployOptions options = ZDeployOptions.defaults()
 *         .withTemplateDirectory(Path.of("site-templates"))
 *         .withForce(true);
 * }</pre>
 */
public final class ZDeployOptions {

    private static final ZDeployOptions DEFAULTS =
            new ZDeployOptions(null, false, OutputFormat.PDS, TemplateLimits.DEFAULTS);

    private final Path templateDirectory;
    private final boolean force;
    private final OutputFormat format;
    private final TemplateLimits templateLimits;

    private ZDeployOptions(Path templateDirectory, boolean force, OutputFormat format, TemplateLimits templateLimits) {
        this.templateDirectory = templateDirectory;
        this.force = force;
        this.format = Objects.requireNonNull(format, "format");
        this.templateLimits = Objects.requireNonNull(templateLimits, "templateLimits");
    }

    /** Shipped templates, refuse a non-empty output directory, PDS-style output. */
    public static ZDeployOptions defaults() {
        return DEFAULTS;
    }

    /** Templates in {@code directory} shadow the shipped ones file by file; null for the shipped ones only. */
    public ZDeployOptions withTemplateDirectory(Path directory) {
        return new ZDeployOptions(directory, force, format, templateLimits);
    }

    /** Whether an existing, non-empty output directory is updated (changed members only) instead of refused. */
    public ZDeployOptions withForce(boolean force) {
        return new ZDeployOptions(templateDirectory, force, format, templateLimits);
    }

    /** How {@link ZDeploy#write} writes the members: a PDS-style directory or an IEBUPDTE deck. */
    public ZDeployOptions withFormat(OutputFormat format) {
        return new ZDeployOptions(templateDirectory, force, format, templateLimits);
    }

    /** How long, how deep and how much one template run may go (see README, "Limits"). */
    public ZDeployOptions withTemplateLimits(TemplateLimits limits) {
        return new ZDeployOptions(templateDirectory, force, format, limits);
    }

    /** The limits of one template run. */
    public TemplateLimits templateLimits() {
        return templateLimits;
    }

    /** The site's template directory, if any. */
    public Optional<Path> templateDirectory() {
        return Optional.ofNullable(templateDirectory);
    }

    /** Whether an existing, non-empty output directory is updated. */
    public boolean force() {
        return force;
    }

    /** The output format. */
    public OutputFormat format() {
        return format;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZDeployOptions o && Objects.equals(templateDirectory, o.templateDirectory)
                && force == o.force && format == o.format && templateLimits.equals(o.templateLimits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(templateDirectory, force, format, templateLimits);
    }

    @Override
    public String toString() {
        return "ZDeployOptions[templateDirectory=" + templateDirectory + ", force=" + force + ", format=" + format
                + ", templateLimits=" + templateLimits + "]";
    }
}
