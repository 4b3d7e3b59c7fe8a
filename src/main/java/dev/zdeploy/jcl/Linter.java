package dev.zdeploy.jcl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks any JCL member: the syntax z/OS requires (MVS JCL Reference, "JCL statement fields",
 * "Continuing JCL statements", "DD statement" in-stream data, "EXEC PARM") and the control
 * statements of the utilities zdeploy drives (see {@link ControlStatements}); in {@link Mode#POLICY}
 * also zdeploy's own output policy (72 columns, column 72 blank, no trailing blanks, LF endings,
 * JOB first, named steps). See {@link LintRule} for the rule ids.
 *
 * <p>Typical use: {@code new Linter().lint("IZUD01RA", text)}; every finding formats as
 * {@code member:line:column: rule: message}.
 */
public final class Linter {

    /** What the linter holds the member to. */
    public enum Mode {
        /** zdeploy's output policy: everything z/OS requires and the stricter layout rules. */
        POLICY,
        /** Only what z/OS itself requires: 80-byte records, sequence numbers in 73-80 allowed. */
        ZOS
    }

    private final Mode mode;

    /** A linter for zdeploy's output policy. */
    public Linter() {
        this(Mode.POLICY);
    }

    public Linter(Mode mode) {
        this.mode = mode;
    }

    public Mode mode() {
        return mode;
    }

    /** The findings for one member's text, in record order. */
    public List<LintFinding> lint(String member, String text) {
        return new MemberLint(member, text, mode).run();
    }

    /** What each record of {@code text} is, read the way {@link #lint(String, String)} reads it. */
    public List<JclStatementHead> statementHeads(String text) {
        MemberLint lint = new MemberLint("", text, mode, false, true);
        lint.run();
        return List.copyOf(lint.heads());
    }

    /**
     * The findings for a file (one member, named after the file, whatever its name) or a PDS-style
     * directory (every plain file whose name is a member name in any case, in name order: a README.md
     * or a script beside the members is no member and is not linted).
     *
     * @throws NoSuchFileException the path does not exist
     */
    public List<LintFinding> lint(Path path) throws IOException {
        List<LintFinding> findings = new ArrayList<>();
        for (Path member : members(path)) {
            String name = member.getFileName().toString();
            BoundedMember read = BoundedMember.read(member);
            if (read.beyond() != null) {
                findings.add(read.beyond().withMember(name));
            } else {
                findings.addAll(lint(name, read.text()));
            }
        }
        return findings;
    }

    /** The member files a path stands for. */
    public static List<Path> members(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(Linter::isMemberNamed)
                    .sorted()
                    .toList();
        }
    }

    /**
     * A member name in upper or lower case: {@code zowe zos-files download all-members} writes the
     * members in lower case unless told otherwise.
     */
    private static boolean isMemberNamed(Path file) {
        return NameRules.memberName(file.getFileName().toString().toUpperCase(Locale.ROOT)).isEmpty();
    }
}
