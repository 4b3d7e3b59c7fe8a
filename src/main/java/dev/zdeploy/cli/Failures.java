package dev.zdeploy.cli;

import dev.zdeploy.output.ForeignContentException;
import dev.zdeploy.output.OutputDirectoryNotEmptyException;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.LintGateException;
import dev.zdeploy.render.TemplateRenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns what went wrong into what the user reads and the exit status: problems with the inputs, the
 * templates or the output directory are the user's to fix (2); anything else is a zdeploy bug (3),
 * reported in one line with what to send.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int status = report(e, err, usesOwnTemplates(parseResult));
        err.flush();
        return status;
    }

    static int report(Exception e, PrintWriter err, boolean ownTemplates) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().stream().map(Problem::format).forEach(err::println);
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof OutputDirectoryNotEmptyException || e instanceof ForeignContentException) {
            err.println("zdeploy: " + e.getMessage());
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("zdeploy: " + e.getMessage() + " (nothing was written)");
            return ExitStatus.INVALID_INPUT;
        }
        if ((e instanceof TemplateRenderException || e instanceof LintGateException) && ownTemplates) {
            err.println("zdeploy: " + e.getMessage());
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof TemplateRenderException || e instanceof LintGateException) {
            err.println("zdeploy: internal error in a shipped template, please report it with your inputs: "
                    + e.getMessage());
            return ExitStatus.INTERNAL_ERROR;
        }
        err.println("zdeploy: internal error (" + e.getClass().getName() + ": " + e.getMessage()
                + "); please report it with the command line and the input files");
        return ExitStatus.INTERNAL_ERROR;
    }

    private static boolean usesOwnTemplates(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub.hasSubcommand()) {
            sub = sub.subcommand();
        }
        return sub.hasMatchedOption("--templates");
    }
}
