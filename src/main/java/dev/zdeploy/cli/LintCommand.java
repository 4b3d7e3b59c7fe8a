package dev.zdeploy.cli;

import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zdeploy lint}: checks any JCL members against zdeploy's output policy, or z/OS's own rules. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks JCL members against zdeploy's output policy, or with --zos only z/OS's rules.",
                "Prints one line per problem, member:line:column: rule: message.",
                "The exit status is 1 when there is any problem."})
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--zos", description = "check only what z/OS itself requires (80-byte records, sequence numbers allowed)")
    private boolean zos;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "members, or directories whose plain files are members")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Path> missing = paths.stream().filter(path -> !Files.exists(path)).toList();
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: "
                    + String.join(", ", missing.stream().map(Path::toString).toList()));
        }
        Linter linter = new Linter(zos ? Linter.Mode.ZOS : Linter.Mode.POLICY);
        List<LintFinding> findings = new ArrayList<>();
        int members = 0;
        for (Path path : paths) {
            members += Linter.members(path).size();
            findings.addAll(linter.lint(path));
        }
        PrintWriter out = spec.commandLine().getOut();
        findings.forEach(finding -> out.println(finding.format()));
        out.println(Plural.of(members, "member") + ", " + Plural.of(findings.size(), "problem"));
        out.flush();
        return findings.isEmpty() ? ExitStatus.OK : ExitStatus.LINT_FINDINGS;
    }
}
