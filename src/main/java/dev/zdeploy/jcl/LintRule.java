package dev.zdeploy.jcl;

/** The rule ids the {@link Linter} reports, with what each checks. Ids are stable: scripts match on them. */
public enum LintRule {
    /** POLICY: longer than 72 columns when it is more than 80; ZOS: longer than 80 (card images are 80 bytes). */
    RECORD_LENGTH("record-length"),
    /** POLICY: text in columns 73-80 (zdeploy writes no sequence numbers). */
    COLUMNS_73_80("columns-73-80"),
    /** POLICY: JCL statement text in column 72 (it ends by column 71). */
    COLUMN_72("column-72"),
    /** POLICY: blanks at the end of a record. */
    TRAILING_BLANK("trailing-blank"),
    /** A tab, carriage return or other control character; POLICY: a member without its final newline. */
    CHARACTER("character"),
    /** A record outside in-stream data that starts with neither {@code //} nor {@code /*}. */
    IDENTIFIER("identifier"),
    /** A name field that breaks the 1-8 character rule (first A-Z or national, then A-Z, 0-9, national). */
    NAME_FIELD("name-field"),
    /** An operation that is missing, unknown or not in upper case. */
    OPERATION("operation"),
    /** A broken continuation: no comma before it, text not in columns 4-16, a value in apostrophes not continued through column 71 into column 16. */
    CONTINUATION("continuation"),
    /** Parentheses that do not balance in a statement. */
    PARENTHESES("parentheses"),
    /** An apostrophe that is not closed in a statement. */
    APOSTROPHES("apostrophes"),
    /** A comment statement written as if it could be continued. */
    COMMENT_CONTINUED("comment-continued"),
    /** In-stream data: an unterminated {@code DD DATA} or {@code DLM=}, a bad delimiter. */
    INSTREAM("instream"),
    /** Control statements of a known utility outside the columns it reads. */
    SYSIN_MARGIN("sysin-margin"),
    /** Control statements of a known utility whose continuation is broken. */
    SYSIN_CONTINUATION("sysin-continuation"),
    /** JOB statement rules: first statement, only one, programmer's name, accounting information. */
    JOB("job"),
    /** An EXEC PARM that passes more than 100 characters. */
    PARM_LENGTH("parm-length"),
    /** A data set name in DSN= that breaks the naming rules. */
    DSN("dsn"),
    /**
     * A null statement ({@code //} alone): it ends the job, and everything after it is not run
     * (MVS JCL Reference, "Null statement"). POLICY: anywhere; ZOS: when anything follows it.
     */
    NULL_STATEMENT("null-statement"),
    /** An IF without its ENDIF, or an ENDIF without an IF (MVS JCL Reference, "IF/THEN/ELSE/ENDIF statement construct"). */
    IF_ENDIF("if-endif"),
    /**
     * A member beyond what the linter reads ({@link MemberBounds}; README, "Limits"): a record over 32,760
     * bytes, a statement of more than 65,536 characters of operands, or more than 1,342,177,280 bytes, what
     * render writes at most for 1,000,000 data sets. It is not linted further (a device such as /dev/zero named on the command line
     * ends here, in bounded memory). Also the last finding of a member with more than 10,000, saying how
     * many more there were.
     */
    SIZE("size"),
    /** An install-time placeholder ({@code #hlq}, {@code {zowe.setup.x}}, {@code ${NAME}}) left in the text. */
    PLACEHOLDER("placeholder");

    private final String id;

    LintRule(String id) {
        this.id = id;
    }

    /** The id printed in findings. */
    public String id() {
        return id;
    }
}
