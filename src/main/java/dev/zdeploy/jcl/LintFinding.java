package dev.zdeploy.jcl;

/**
 * One problem the {@link Linter} found.
 *
 * @param member the member name (file name)
 * @param line   1-based record number
 * @param column 1-based column, 1 when the problem concerns the whole record
 * @param rule   a short stable rule id ({@code record-length}, {@code continuation}, ...)
 * @param message what is wrong, worded for a systems programmer
 */
public record LintFinding(String member, int line, int column, String rule, String message) {

    /** {@code member:line:column: rule: message}. */
    public String format() {
        return member + ":" + line + ":" + column + ": " + rule + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Whether the reader stopped reading the member here (a bound crossed: {@link MemberBounds}, a statement
     * continued without end): what follows was not read, as the message says.
     */
    public boolean stoppedReading() {
        return rule.equals(LintRule.SIZE.id()) && message.endsWith(MemberRecords.NOT_READ_FURTHER);
    }

    /** This finding for another member name. */
    public LintFinding withMember(String name) {
        return new LintFinding(name, line, column, rule, message);
    }
}
