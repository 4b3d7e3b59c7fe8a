package dev.zdeploy.cli;

import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.LintGateException;
import dev.zdeploy.render.TemplateRenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Turns what went wrong into what the user reads and the exit status, never a stack trace. Problems
 * with the inputs, the user's own templates, or the files and directories named on the command line
 * are the user's to fix (2). Anything else is a zdeploy bug (3), reported in one line with its cause
 * and what to send.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /**
     * Set when a command ran out of memory: the background JVM ({@link Daemon}) answers that command
     * with exit 3 and the advice, then exits rather than serve the next one from a heap in that state.
     */
    static volatile boolean outOfMemorySeen;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int status = report(e, err, usesOwnTemplates(parseResult));
        if (status == ExitStatus.INTERNAL_ERROR && matched(parseResult, "--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /**
     * Prints {@code e} for the user and returns the exit status.
     *
     * @param ownTemplates whether the user's templates were in use, so that a template failure is theirs
     */
    static int report(Exception e, PrintWriter err, boolean ownTemplates) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        if (innermost instanceof OutOfMemoryError oom) {
            return outOfMemory(err, oom);
        }
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().stream().map(Problem::format).forEach(err::println);
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof UncheckedIOException unchecked) {
            boolean hasContext = !unchecked.getMessage().equals(unchecked.getCause().toString());
            err.println("zdeploy: " + (hasContext ? unchecked.getMessage() + ": " : "") + describe(unchecked.getCause()));
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof IOException io) {
            err.println("zdeploy: " + describe(io));
            return ExitStatus.INVALID_INPUT;
        }
        boolean templateFailure = e instanceof TemplateRenderException || e instanceof LintGateException;
        if (templateFailure && ownTemplates) {
            err.println("zdeploy: " + e.getMessage());
            return ExitStatus.INVALID_INPUT;
        }
        String what = templateFailure ? "internal error in a shipped template: " : "internal error: ";
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        String cause = templateFailure ? "" : cause(e)
                .map(root -> "; caused by " + root.getClass().getSimpleName() + ": " + root.getMessage()).orElse("");
        err.println(oneLine("zdeploy: " + what + message + cause)
                + "; please report it with the command line, the input files and \""
                + VersionProvider.version() + "\"");
        return ExitStatus.INTERNAL_ERROR;
    }

    /**
     * Out of memory is no bad input and no result of lint: exit 3, saying what to do. The inputs are
     * bounded (README, "Limits"), but a large deployment within them can need more heap than the JVM's
     * default.
     */
    static int outOfMemory(PrintWriter err, OutOfMemoryError e) {
        outOfMemorySeen = true;
        err.println("zdeploy: out of memory (" + (e.getMessage() == null ? "Java heap space" : e.getMessage())
                + "): give Java more heap, for example ZDEPLOY_JAVA_OPTS=-Xmx4g with bin/zdeploy, or java -Xmx4g"
                + " -jar zdeploy.jar ...; the limits on inputs are in the README, \"Limits\"");
        err.flush();
        return ExitStatus.INTERNAL_ERROR;
    }

    /** A file system failure whose message is only the file name gets what happened to it. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException failure && failure.getReason() == null) {
            String what = e instanceof NoSuchFileException ? "does not exist"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NotDirectoryException ? "is not a directory"
                    : e.getClass().getSimpleName();
            return e.getMessage() + ": " + what;
        }
        return e.getMessage();
    }

    /** The innermost cause, which FreeMarker's own message only points to ("see cause exception"). */
    private static Optional<Throwable> cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean told = root == e || root.getClass().getName().startsWith("freemarker.");
        return told ? Optional.empty() : Optional.of(root);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private static boolean usesOwnTemplates(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub.hasSubcommand()) {
            sub = sub.subcommand();
        }
        return sub.hasMatchedOption("--templates");
    }

    /** Whether {@code option} was given at any level of the command line ({@code --debug} is inherited). */
    private static boolean matched(CommandLine.ParseResult parseResult, String option) {
        for (CommandLine.ParseResult level = parseResult; level != null;
                level = level.hasSubcommand() ? level.subcommand() : null) {
            if (level.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }
}
