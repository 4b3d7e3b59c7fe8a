package dev.zdeploy.jcl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        MemberLint lint = new MemberLint("", MemberRecords.of(text), mode, false, true);
        lint.run();
        return List.copyOf(lint.heads());
    }

    /**
     * The findings for a file (one member, named after the file, whatever its name) or a PDS-style
     * directory (every plain file whose name is a member name in any case, in name order: a README.md
     * or a script beside the members is no member and is not linted). Each member is read as it is
     * linted, a record at a time, within {@link MemberBounds#LARGEST}: a member beyond a bound is one
     * {@link LintRule#SIZE} finding.
     *
     * @throws NoSuchFileException the path does not exist
     */
    public List<LintFinding> lint(Path path) throws IOException {
        return lint(path, MemberBounds.LARGEST);
    }

    /** {@link #lint(Path)} within {@code bounds}. */
    public List<LintFinding> lint(Path path, MemberBounds bounds) throws IOException {
        List<LintFinding> findings = new ArrayList<>();
        for (Path member : members(path)) {
            String name = member.getFileName().toString();
            try (InputStream in = Files.newInputStream(member)) {
                findings.addAll(lint(name, in, bounds));
            }
        }
        return findings;
    }

    /**
     * The findings for one member read from {@code in} as it is linted, in memory of a record and the
     * statement being read, whatever the member's size; past {@code bounds} the reading stops and the
     * member has one {@link LintRule#SIZE} finding.
     */
    public List<LintFinding> lint(String member, InputStream in, MemberBounds bounds) throws IOException {
        try {
            return new MemberLint(member, MemberRecords.of(in, bounds), mode).run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
