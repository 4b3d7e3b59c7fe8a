package dev.zdeploy.cli;

import dev.zdeploy.render.TemplateLimits;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that change how far one template run may go (README, "Limits"). */
final class TemplateLimitOptions {

    @Option(names = "--template-time", paramLabel = "SECONDS",
            description = "longest a template may run for one member (default: 60)")
    private Long seconds;

    @Option(names = "--template-depth", paramLabel = "LEVELS",
            description = "deepest nesting of template elements, macro calls and includes (default: 200)")
    private Integer depth;

    @Option(names = "--template-output", paramLabel = "CHARACTERS",
            description = "most characters a template may write for one member (default: 67108864)")
    private Long output;

    /** The defaults with what was given applied; a value that is not positive is a usage error. */
    TemplateLimits limits(CommandLine commandLine) {
        TemplateLimits limits = TemplateLimits.DEFAULTS;
        if (seconds != null) {
            limits = limits.withTime(Duration.ofSeconds(positive(commandLine, "--template-time", seconds)));
        }
        if (depth != null) {
            limits = limits.withDepth((int) positive(commandLine, "--template-depth", depth));
        }
        if (output != null) {
            limits = limits.withOutput(positive(commandLine, "--template-output", output));
        }
        return limits;
    }

    private static long positive(CommandLine commandLine, String option, long value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(commandLine, option + " is a positive number (got " + value + ")");
        }
        return value;
    }
}
