package dev.zdeploy.cli;

import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zdeploy lint [--zos] [--json] PATH...}: checks JCL members (files, or PDS-style directories
 * whose files named like members are the members) and prints one line per problem, {@code member:line:column: rule: message},
 * and nothing when there is none. Exit 0 when clean, 1 when any problem, 2 when a path does not exist.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks JCL members against zdeploy's output policy, or with --zos only z/OS's rules.",
                "Prints one line per problem, member:line:column: rule: message, and nothing when there is none.",
                "The exit status is 1 when there is any problem."})
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--zos", description = "only what z/OS itself requires: 80-byte records, sequence numbers allowed")
    private boolean zos;

    @Option(names = "--json", description = "print the findings as JSON: file, member, line, column, rule, message")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "member files (any name), or directories whose"
            + " files named like members (1-8 characters, A-Z 0-9 @ # $, not a digit first) are linted")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(p -> err.println(p + ": the file does not exist"));
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        Linter linter = new Linter(zos ? Linter.Mode.ZOS : Linter.Mode.POLICY);
        List<Map<String, Object>> found = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : paths) {
            try {
                for (Path file : Linter.members(path)) {
                    for (LintFinding finding : linter.lint(file)) {
                        found.add(JsonOutput.finding(file, finding));
                        if (!json) {
                            out.println(finding.format());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        if (json) {
            JsonOutput.print(Map.of("findings", found), out);
        }
        out.flush();
        return found.isEmpty() ? ExitStatus.OK : ExitStatus.LINT_FINDINGS;
    }
}
