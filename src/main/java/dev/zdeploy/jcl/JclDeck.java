package dev.zdeploy.jcl;

import java.util.List;

/**
 * A member read as z/OS reads JCL: the same reader as the linter's ({@link Linter.Mode#ZOS}), so
 * the linter and the simulator never disagree about what a statement is.
 *
 * @param member     the member name
 * @param statements the statements in order, each DD * / DD DATA with its in-stream data
 * @param findings   what the linter's reader found in the JCL statements, in z/OS mode (the
 *                   utilities' control statements are read by their own parsers)
 */
public record JclDeck(String member, List<JclStatement> statements, List<LintFinding> findings) {

    public JclDeck {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
    }

    /** Reads {@code text} as member {@code member}. */
    public static JclDeck read(String member, String text) {
        MemberLint reader = new MemberLint(member, MemberRecords.of(text), Linter.Mode.ZOS, true, true);
        List<LintFinding> findings = reader.run();
        return new JclDeck(member, reader.statements(), findings);
    }
}
