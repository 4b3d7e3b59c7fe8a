package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over one member: record rules, then JCL statements (with their continuations), in-stream
 * data and, at the end of each step, the control statements of a known utility.
 */
final class MemberLint {

    /** The last column of JCL statement text z/OS reads (72 is the comment continuation column). */
    private static final int STATEMENT_END = 71;
    private static final int POLICY_LENGTH = 72;
    private static final int CARD_LENGTH = 80;
    /**
     * The most characters of operands one statement may have, over all its records: the linter holds a
     * statement while it is read, and no statement z/OS reads comes near (a DD of 59 volume serials is
     * about 500). A statement continued without end is one {@link LintRule#SIZE} finding, not a member
     * held whole.
     */
    static final int MAX_OPERANDS = 65_536;

    /** Operations of the MVS JCL Reference (and JES2 JOBGROUP statements). */
    private static final Set<String> OPERATIONS = Set.of("JOB", "EXEC", "DD", "PROC", "PEND", "SET", "JCLLIB",
            "INCLUDE", "IF", "ELSE", "ENDIF", "OUTPUT", "CNTL", "ENDCNTL", "COMMAND", "EXPORT", "XMIT",
            "SCHEDULE", "NOTIFY", "JOBGROUP", "ENDGROUP", "GJOB", "JOBSET", "SJOB", "ENDSET", "AFTER", "BEFORE",
            "CONCURRENT");
    private static final Set<String> WITHOUT_OPERANDS = Set.of("IF", "ELSE", "ENDIF", "PEND", "ENDCNTL");

    /** What the next record must do for the pending statement: nothing, follow a comma, a quote, an IF's THEN. */
    private enum Expect { NONE, COMMA, QUOTED, THEN }

    /** A statement being read, possibly over several records. */
    private static final class Statement {
        final int line;
        final String name;
        final String operation;
        final StringBuilder operand = new StringBuilder();
        Expect expect = Expect.NONE;
        int lastLine;
        int lastColumn;

        Statement(int line, String name, String operation) {
            this.line = line;
            this.name = name;
            this.operation = operation;
            this.lastLine = line;
        }
    }

    /** Open in-stream data. */
    private record InStream(int line, String ddKey, String delimiter, boolean endsAtStatement) {}

    /**
     * The step being read: its program, the ddname its control DD's {@code DDNAME=} names, and the
     * in-stream data of the control DD: a reader of the program's control statements fed as the records
     * come, its problems held until the step ends. Only the control DD's data is read: DDNAME= postpones
     * the definition "until later in the same job step" (MVS JCL Reference, "DDNAME parameter"), so which
     * DD is the control DD is known when its data comes, and nothing is kept per other DD.
     */
    private static final class Step {
        final String program;
        /** The program's control DD (ControlStatements.controlDd), looked up once: it is asked every record. */
        final String controlDd;
        String controlReference;
        StepData control;

        Step(String program) {
            this.program = program;
            this.controlDd = program == null ? null : ControlStatements.controlDd(program);
        }
    }

    /** The control DD's in-stream data: its ddname, its control-statement reader and what it found. */
    private record StepData(String ddKey, ControlStatements.Reader reader, MemberFindings found) {}

    private final String member;
    private final boolean readOnly;
    private final Linter.Mode mode;
    private final MemberRecords source;
    /** The records read so far (all of them once {@link #run()} is done). */
    private int records;
    private final MemberFindings findings = new MemberFindings();
    /** Where {@link #report} puts a finding now. */
    private MemberFindings sink = findings;
    /** How many findings were reported: their order where line and column are equal. */
    private long reported;
    /**
     * Whether a record begins with //: the member is read as JCL. Until one does, the records are read
     * both ways, as JCL and as a member without JCL, into {@link #asJcl} and {@link #asText}, and the way
     * the member turns out to be read keeps its findings.
     */
    private boolean jcl;
    private MemberFindings asJcl = new MemberFindings();
    private MemberFindings asText = new MemberFindings();
    /** The first record that begins with // and is no comment, or 0. */
    private int firstStatementLine;
    /** A null statement whose finding waits for the records after it, or 0. */
    private int pendingNull;
    private boolean ended;

    private Statement pending;
    private InStream instream;
    private Step step = new Step(null);
    private String lastDd;
    private boolean previousWasComment;
    private boolean commentFieldContinues;
    private boolean sawStatement;
    private boolean sawJob;
    private boolean stepOpen;
    private final List<Integer> openIfs = new ArrayList<>();
    private final List<JclStatementHead> heads = new ArrayList<>();
    /** How many heads were read, kept or not. */
    private int headCount;
    /**
     * Whether the heads and statements read are kept ({@link #heads()}, {@link #statements()}): not for a
     * lint, which holds only findings (a member of a million records would hold them all twice).
     */
    private final boolean keep;

    /** The statements read, for {@link JclDeck}; a DD's in-stream list fills while its data is read. */
    private final List<Collected> collected = new ArrayList<>();
    private List<DataRecord> deckData;
    private List<DataRecord> implicitSysin;

    private record Collected(int line, String name, String operation, String operand, List<DataRecord> data) {}

    MemberLint(String member, String text, Linter.Mode mode) {
        this(member, MemberRecords.of(text), mode, false, false);
    }

    MemberLint(String member, MemberRecords source, Linter.Mode mode) {
        this(member, source, mode, false, false);
    }

    /**
     * @param readOnly read the statements without the checks that only the linter needs (install
     *                 placeholders, the utilities' control statements): how {@link JclDeck} reads
     */
    MemberLint(String member, MemberRecords source, Linter.Mode mode, boolean readOnly, boolean keep) {
        this.readOnly = readOnly;
        this.keep = keep;
        this.member = member;
        this.mode = mode;
        this.source = source;
    }

    /** What each record is, as the reader took it; valid after {@link #run()}. */
    List<JclStatementHead> heads() {
        return heads;
    }

    /**
     * Reads the member record by record, holding one record and the statement being read: a member of
     * millions of records is linted in memory of its findings (at most {@link MemberFindings#MAX}).
     */
    List<LintFinding> run() {
        try {
            for (String raw = source.next(); raw != null; raw = source.next()) {
                record(++records, raw);
            }
        } catch (MemberRecords.Beyond beyond) {
            return List.of(beyond.finding().withMember(member));
        }
        ended = true;
        if (records == 0) {
            report(1, 1, LintRule.JOB, "the member is empty");
            return findings.sorted();
        }
        if (mode == Linter.Mode.POLICY && !source.endsWithNewline()) {
            // Known only at the end, yet listed first among the findings of its record and column.
            findings.add(new LintFinding(member, records, 1, LintRule.CHARACTER.id(),
                    "the member does not end with a newline"), -1);
        }
        if (!jcl) {
            if (mode == Linter.Mode.POLICY) {
                report(1, 1, LintRule.JOB, "no JCL statement in the member; it must begin with a JOB statement");
            }
            findings.addAll(asText);
            heads.clear();
        } else {
            endOfMember();
        }
        return findings.sorted();
    }

    private void record(int line, String raw) {
        recordRules(line, raw);
        if (pendingNull != 0 && !raw.isBlank()) {
            nullStatementFollowed(true);
        }
        if (!jcl && raw.startsWith("//")) {
            jcl = true;
            findings.addAll(asJcl);
            asJcl = null;
            asText = null;
        }
        if (firstStatementLine == 0 && raw.startsWith("//") && !raw.startsWith("//*")) {
            firstStatementLine = line;
        }
        if (jcl) {
            read(line, withoutCr(raw));
        } else {
            // No record so far begins with //: a member without JCL is checked only for placeholders.
            sink = asText;
            placeholders(line, raw, true);
            sink = asJcl;
            read(line, withoutCr(raw));
            sink = findings;
        }
    }

    /** The statements read by {@link #run()}, for {@link JclDeck}. */
    List<JclStatement> statements() {
        return collected.stream().map(c -> new JclStatement(c.line(), c.name(), c.operation(), c.operand(), c.data()))
                .toList();
    }

    // ---------------------------------------------------------------- record rules

    /**
     * {@code record} without a final carriage return (reported by the record rules). Not commons-lang3's
     * removeEnd, which compares case-insensitively on the way (CharSequenceUtils.regionMatches), for
     * every record of every member.
     */
    private static String withoutCr(String record) {
        int length = record.length();
        return length > 0 && record.charAt(length - 1) == '\r' ? record.substring(0, length - 1) : record;
    }

    private void recordRules(int line, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            // One unsigned comparison passes the printable ASCII of every record (this runs for every
            // character of every member); the rest is told apart below.
            if ((char) (c - 0x20) < 0x7F - 0x20) {
                continue;
            }
            if (c == '\r') {
                report(line, i + 1, LintRule.CHARACTER, "carriage return: records end with LF only");
            } else if (c == '\t') {
                report(line, i + 1, LintRule.CHARACTER, "tab character: JCL has no tabs, use blanks");
            } else if (c < 0x20 || c == 0x7F) {
                report(line, i + 1, LintRule.CHARACTER,
                        String.format(Locale.ROOT, "control character X'%02X'", (int) c));
            } else if (c > 0x7E && mode == Linter.Mode.POLICY) {
                report(line, i + 1, LintRule.CHARACTER, String.format(Locale.ROOT, "character U+%04X outside printable ASCII",
                        (int) c));
            }
        }
        String record = withoutCr(raw);
        int length = record.length();
        if (length > CARD_LENGTH) {
            report(line, CARD_LENGTH + 1, LintRule.RECORD_LENGTH, "record is " + length
                    + " columns long; card images are 80 bytes");
        } else if (mode == Linter.Mode.POLICY && length > POLICY_LENGTH) {
            report(line, POLICY_LENGTH + 1, LintRule.COLUMNS_73_80, "text in columns 73-80 (record is " + length
                    + " columns long; zdeploy writes at most 72)");
        }
        if (mode == Linter.Mode.POLICY && length > 0 && record.charAt(length - 1) == ' ') {
            report(line, record.stripTrailing().length() + 1, LintRule.TRAILING_BLANK, "trailing blanks");
        }
    }

    // ---------------------------------------------------------------- the statement reader

    private void read(int line, String record) {
        int before = headCount;
        readRecord(line, record);
        if (headCount == before) {
            head(line, JclStatementHead.Kind.DATA, "");
        }
    }

    private void head(int line, JclStatementHead.Kind kind, String operation) {
        headCount++;
        if (keep) {
            heads.add(new JclStatementHead(line, kind, operation));
        }
    }

    private static String word(String record, int from) {
        int end = from;
        while (end < record.length() && record.charAt(end) != ' ') {
            end++;
        }
        return record.substring(from, end);
    }

    private void readRecord(int line, String record) {
        if (instream != null && inStreamData(line, record)) {
            return;
        }
        if (commentFieldContinues) {
            commentFieldContinues = false;
            if (record.startsWith("//") && record.length() > 2 && record.charAt(2) == ' ') {
                return;
            }
        }
        if (record.startsWith("//*")) {
            head(line, JclStatementHead.Kind.COMMENT, word(record, 3));
            comment(line, record);
            return;
        }
        boolean wasComment = previousWasComment;
        previousWasComment = false;
        if (!record.startsWith("//") && !record.startsWith("/*")) {
            if (mode == Linter.Mode.ZOS && !Placeholders.find(record, true).isEmpty()) {
                placeholders(line, record, true);
                return;
            }
            if (closePendingBefore(line, record)) {
                return;
            }
            if (mode == Linter.Mode.ZOS && stepOpen) {
                // JCL Reference, "SYSIN DD statement": if you omit a DD statement before input
                // data, the system provides a DD * statement with the ddname of SYSIN.
                controlData(line, record, "SYSIN");
                if (keep && implicitSysin == null) {
                    implicitSysin = new ArrayList<>();
                    collected.add(new Collected(line, "SYSIN", "DD", "*", implicitSysin));
                }
                if (keep) {
                    implicitSysin.add(new DataRecord(line, record));
                }
                return;
            }
            report(line, 1, LintRule.IDENTIFIER, "record outside in-stream data does not start with // or /*");
            return;
        }
        if (record.startsWith("/*")) {
            head(line, JclStatementHead.Kind.JES, word(record, 2));
            closePendingBefore(line, record);
            return;
        }
        placeholders(line, statementText(record), true);
        policyColumn72(line, record);
        String text = statementText(record);
        if (text.substring(2).isBlank()) {
            head(line, JclStatementHead.Kind.NULL, "");
            nullStatement(line);
            if (!closePendingBefore(line, record)) {
                finishStep();
            }
            return;
        }
        if (pending != null && text.charAt(2) == ' ') {
            head(line, JclStatementHead.Kind.CONTINUATION, "");
            continuation(line, text);
        } else if (!closePendingBefore(line, record)) {
            begin(line, text, wasComment);
        }
        if (mode == Linter.Mode.ZOS && record.length() >= 72 && record.charAt(71) != ' ') {
            commentFieldContinues = pending == null;
        }
    }

    /**
     * A null statement ends the job: what follows it is never read (MVS JCL Reference, "Null statement").
     * Whether anything follows is known at the next record that is not blank, or at the end.
     */
    private void nullStatement(int line) {
        pendingNull = line;
    }

    private void nullStatementFollowed(boolean anythingFollows) {
        int line = pendingNull;
        pendingNull = 0;
        if (mode == Linter.Mode.POLICY || anythingFollows) {
            report(line, 1, LintRule.NULL_STATEMENT, "a null statement (// alone) ends the job"
                    + (anythingFollows ? ": the records after it are not run" : ""));
        }
    }

    /** IF and ENDIF pair up (MVS JCL Reference, "IF/THEN/ELSE/ENDIF statement construct"). */
    private void ifEndif(int line, String operation) {
        if (operation.equals("IF")) {
            openIfs.add(line);
        } else if (operation.equals("ENDIF")) {
            if (openIfs.isEmpty()) {
                report(line, 1, LintRule.IF_ENDIF, "an ENDIF without an IF before it");
            } else {
                openIfs.remove(openIfs.size() - 1);
            }
        }
    }

    private void comment(int line, String record) {
        previousWasComment = true;
        if (mode == Linter.Mode.POLICY && record.length() >= POLICY_LENGTH && record.charAt(POLICY_LENGTH - 1) != ' ') {
            report(line, POLICY_LENGTH, LintRule.COLUMN_72, "comment text in column 72 (JCL text ends by column 71)");
        }
    }

    private void policyColumn72(int line, String record) {
        if (mode == Linter.Mode.POLICY && record.length() >= POLICY_LENGTH && record.charAt(POLICY_LENGTH - 1) != ' ') {
            report(line, POLICY_LENGTH, LintRule.COLUMN_72, "JCL text in column 72 (it ends by column 71)");
        }
    }

    private static String statementText(String record) {
        return record.length() > STATEMENT_END ? record.substring(0, STATEMENT_END) : record;
    }

    private void begin(int line, String text, boolean afterComment) {
        String name = "";
        int at = 2;
        if (text.charAt(2) != ' ') {
            int end = indexOf(text, ' ', 2);
            name = text.substring(2, end);
            at = end;
        }
        at = skipBlanks(text, at);
        if (at >= text.length()) {
            report(line, 3, LintRule.OPERATION, "no operation after the name field " + name);
            return;
        }
        int opEnd = indexOf(text, ' ', at);
        String operation = text.substring(at, opEnd);
        String upper = operation.toUpperCase(Locale.ROOT);
        head(line, JclStatementHead.Kind.STATEMENT, upper);
        ifEndif(line, upper);
        if (!OPERATIONS.contains(upper)) {
            unknownOperation(line, at, name, operation, afterComment);
            return;
        }
        if (!operation.equals(upper)) {
            report(line, at + 1, LintRule.OPERATION, "operation " + operation + " is written in upper case");
        }
        checkName(line, name, upper);
        sawStatement = true;
        Statement statement = new Statement(line, name, upper);
        if (upper.equals("IF")) {
            ifCondition(statement, line, text, opEnd);
            return;
        }
        if (WITHOUT_OPERANDS.contains(upper)) {
            complete(statement);
            return;
        }
        int operandStart = skipBlanks(text, opEnd);
        if (operandStart >= text.length()) {
            complete(statement);
            return;
        }
        field(statement, line, text, operandStart, false);
    }

    private static final java.util.regex.Pattern THEN = java.util.regex.Pattern.compile("(?i)(^|[\\s)])THEN(\\s|$)");

    /**
     * The text of an IF statement from column {@code from} of {@code text}, up to and including THEN (the
     * rest is its comment field). Without THEN the expression goes on over the next record: "Break the
     * relational-expression where a blank is valid on the current statement, and continue the expression
     * beginning in column 4 through 16 of the next statement" (JCL Reference, "Relational-expression field";
     * manual-syntax 7.8), so the statement stays pending until a record holds THEN.
     */
    private void ifCondition(Statement statement, int line, String text, int from) {
        String rest = text.substring(from);
        java.util.regex.Matcher then = THEN.matcher(rest);
        boolean found = then.find();
        if (!statement.operand.isEmpty()) {
            statement.operand.append(' ');
        }
        statement.operand.append((found ? rest.substring(0, then.end()) : rest).strip());
        if (statement.operand.length() > MAX_OPERANDS) {
            throw new MemberRecords.Beyond(statement.line, "the statement begun here has more than " + MAX_OPERANDS
                    + " characters of operands (is this a member of JCL?); the member is not read further");
        }
        statement.lastLine = line;
        statement.lastColumn = text.length();
        if (found) {
            statement.expect = Expect.NONE;
            pending = null;
            complete(statement);
        } else {
            statement.expect = Expect.THEN;
            pending = statement;
        }
    }

    private void unknownOperation(int line, int at, String name, String operation, boolean afterComment) {
        if (name.isEmpty() && afterComment) {
            report(line, at + 1, LintRule.COMMENT_CONTINUED, "a comment statement cannot be continued: begin"
                    + " every comment record with //*");
        } else if (name.isEmpty() && (operation.contains("=") || operation.contains(",") || operation.contains("'"))) {
            report(line, at + 1, LintRule.CONTINUATION, "this record continues a statement, but the statement"
                    + " before it does not end with a comma");
        } else {
            report(line, at + 1, LintRule.OPERATION, "unknown operation " + operation);
        }
    }

    private void continuation(int line, String text) {
        Statement statement = pending;
        if (statement.expect == Expect.QUOTED) {
            // The value resumes in column 16 whatever stands there (a blank is part of the value).
            int first = skipBlanks(text, 2);
            if (first < JclWriter.CONTINUATION_COLUMN - 1) {
                report(line, first + 1, LintRule.CONTINUATION, "a value in apostrophes continues in column 16, not "
                        + (first + 1));
            }
            field(statement, line, text, Math.min(first, JclWriter.CONTINUATION_COLUMN - 1), true);
            return;
        }
        int first = skipBlanks(text, 2);
        if (first + 1 > JclWriter.CONTINUATION_COLUMN) {
            report(line, first + 1, LintRule.CONTINUATION, "continued text starts in column " + (first + 1)
                    + ", not 4-16");
        }
        if (statement.expect == Expect.THEN) {
            ifCondition(statement, line, text, first);
            return;
        }
        field(statement, line, text, first, false);
    }

    /** Reads the operand part of one record from {@code start}; sets what the next record must be. */
    private void field(Statement statement, int line, String text, int start, boolean quoteOpen) {
        boolean open = quoteOpen;
        int end = text.length();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                open = !open;
            } else if (c == ' ' && !open) {
                end = i;
                break;
            }
        }
        String part = text.substring(start, end);
        statement.operand.append(part);
        if (statement.operand.length() > MAX_OPERANDS) {
            throw new MemberRecords.Beyond(statement.line, "the statement begun here has more than " + MAX_OPERANDS
                    + " characters of operands (is this a member of JCL?); the member is not read further");
        }
        statement.lastLine = line;
        statement.lastColumn = end;
        if (open) {
            statement.expect = Expect.QUOTED;
            if (text.length() < STATEMENT_END || text.charAt(STATEMENT_END - 1) == ' ') {
                report(line, Math.max(end, 1), LintRule.CONTINUATION, "a value in apostrophes that goes on to the"
                        + " next record runs through column 71");
            } else if (text.charAt(STATEMENT_END - 1) == '\'') {
                report(line, STATEMENT_END, LintRule.CONTINUATION, "an apostrophe in column 71 of a continued value"
                        + " is ambiguous");
            }
            pending = statement;
        } else if (part.endsWith(",")) {
            statement.expect = Expect.COMMA;
            pending = statement;
        } else {
            statement.expect = Expect.NONE;
            pending = null;
            complete(statement);
        }
    }

    /** A record that cannot continue the pending statement ends it, with a finding. */
    /**
     * Closes a statement whose continuation {@code record} broke off. A DD statement closed so opens
     * its in-stream data only now, and {@code record} is the first record after it: true when that
     * record was read as the data (or its end) rather than as JCL, which would otherwise start the
     * next step while the data is still open.
     */
    private boolean closePendingBefore(int line, String record) {
        closePending(line);
        return instream != null && inStreamData(line, record);
    }

    private void closePending(int line) {
        if (pending == null) {
            return;
        }
        Statement statement = pending;
        pending = null;
        String what = statement.expect == Expect.QUOTED ? "a value in apostrophes is still open"
                : statement.expect == Expect.THEN ? "the IF statement has no THEN"
                : "the statement ends with a comma";
        report(statement.lastLine, Math.max(statement.lastColumn, 1), LintRule.CONTINUATION, what
                + ", but " + (ended ? "the member ends" : "record " + line + " does not continue it"));
        complete(statement);
    }

    private void endOfMember() {
        if (instream != null) {
            InStream open = instream;
            instream = null;
            if (!open.endsAtStatement() || !open.delimiter().equals("/*")) {
                report(open.line(), 1, LintRule.INSTREAM, "in-stream data begun here is not ended by its delimiter "
                        + open.delimiter());
            }
        }
        closePending(records + 1);
        finishStep();
        if (pendingNull != 0) {
            nullStatementFollowed(false);
        }
        for (int line : openIfs) {
            report(line, 1, LintRule.IF_ENDIF, "an IF without its ENDIF");
        }
        if (mode == Linter.Mode.POLICY && !sawJob) {
            report(1, 1, LintRule.JOB, "the member does not begin with a JOB statement");
        }
    }

    // ---------------------------------------------------------------- complete statements

    private void complete(Statement statement) {
        String operand = statement.operand.toString();
        List<DataRecord> data = List.of();
        if (statement.operation.equals("DD")) {
            List<String> params = Operands.split(operand);
            String first = params.isEmpty() ? "" : params.get(0);
            deckData = keep && (first.equals("*") || first.equals("DATA")) ? new ArrayList<>() : null;
            data = deckData == null ? List.of() : deckData;
        }
        if (keep) {
            collected.add(new Collected(statement.line, statement.name, statement.operation, operand, data));
        }
        balance(statement, operand);
        switch (statement.operation) {
            case "JOB" -> job(statement, operand);
            case "EXEC" -> exec(statement, operand);
            case "DD" -> dd(statement, operand);
            case "PROC", "PEND" -> {
                finishStep();
                step = new Step(null);
            }
            default -> { }
        }
    }

    private void balance(Statement statement, String operand) {
        Operands.Scan scan = Operands.scan(operand);
        if (scan.quoteOpen()) {
            report(statement.line, 1, LintRule.APOSTROPHES, statement.operation + " statement: an apostrophe is not"
                    + " closed");
        } else if (scan.depth() != 0 || scan.closedTooMany()) {
            report(statement.line, 1, LintRule.PARENTHESES, statement.operation + " statement: parentheses do not"
                    + " balance");
        }
    }

    private void job(Statement statement, String operand) {
        finishStep();
        step = new Step(null);
        if (mode == Linter.Mode.POLICY) {
            if (sawJob) {
                report(statement.line, 1, LintRule.JOB, "a second JOB statement: one job per member");
            } else if (!firstStatementIs(statement.line)) {
                report(statement.line, 1, LintRule.JOB, "the JOB statement is not the first statement");
            }
        }
        sawJob = true;
        if (statement.name.isEmpty()) {
            report(statement.line, 3, LintRule.NAME_FIELD, "a JOB statement has a job name");
        }
        List<String> params = Operands.split(operand);
        if (!params.isEmpty() && JclWriter.isPositional(params.get(0))
                && JclWriter.passedValue(params.get(0)).length() > 143) {
            report(statement.line, 1, LintRule.JOB, "accounting information is at most 143 characters");
        }
        if (params.size() > 1 && JclWriter.isPositional(params.get(1))) {
            String name = JclWriter.passedValue(params.get(1));
            if (name.length() > JclWriter.MAX_PROGRAMMER_NAME_LENGTH) {
                report(statement.line, 1, LintRule.JOB, "the programmer's name is at most 20 characters (got "
                        + name.length() + ")");
            }
        }
    }

    private boolean firstStatementIs(int line) {
        return firstStatementLine >= line;
    }

    private void exec(Statement statement, String operand) {
        finishStep();
        List<String> params = Operands.split(operand);
        String program = null;
        for (String param : params) {
            String keyword = JclWriter.keyword(param).toUpperCase(Locale.ROOT);
            String value = param.substring(keyword.isEmpty() ? 0 : keyword.length() + 1);
            if (keyword.equals("PGM") && !value.contains("&") && !value.startsWith("*")) {
                program = value.toUpperCase(Locale.ROOT);
            }
            if (keyword.equals("PARM") || keyword.startsWith("PARM.")) {
                int passed = JclWriter.passedValue(value).length();
                if (passed > JclWriter.MAX_PARM_LENGTH) {
                    report(statement.line, 1, LintRule.PARM_LENGTH, "PARM passes " + passed
                            + " characters; at most 100");
                }
            }
        }
        if (mode == Linter.Mode.POLICY && statement.name.isEmpty()) {
            report(statement.line, 3, LintRule.NAME_FIELD, "every step is named (zdeploy policy)");
        }
        step = new Step(program);
        stepOpen = true;
        lastDd = null;
    }

    private void dd(Statement statement, String operand) {
        String ddName = statement.name.isEmpty() ? lastDd : statement.name.toUpperCase(Locale.ROOT);
        if (!statement.name.isEmpty()) {
            lastDd = ddName;
        }
        List<String> params = Operands.split(operand);
        String first = params.isEmpty() ? "" : params.get(0);
        boolean data = first.equals("*") || first.equals("DATA");
        String delimiter = null;
        for (String param : params) {
            String keyword = JclWriter.keyword(param).toUpperCase(Locale.ROOT);
            String value = keyword.isEmpty() ? param : param.substring(keyword.length() + 1);
            switch (keyword) {
                case "DLM" -> {
                    delimiter = JclWriter.passedValue(value);
                    if (!data) {
                        report(statement.line, 1, LintRule.INSTREAM, "DLM is coded only with DD * or DD DATA");
                    } else if (delimiter.length() != 2) {
                        report(statement.line, 1, LintRule.INSTREAM, "DLM is two characters (got \"" + delimiter + "\")");
                    }
                }
                case "DSN", "DSNAME" -> dataSetName(statement.line, value);
                case "DDNAME" -> {
                    if (ddName != null) {
                        if (checksControl() && ddName.equals(step.controlDd)) {
                            step.controlReference = value.toUpperCase(Locale.ROOT);
                        }
                    }
                }
                default -> { }
            }
        }
        if (data) {
            String key = ddName == null ? "" : ddName;
            controlData(key);
            boolean validDelimiter = delimiter != null && delimiter.length() == 2;
            instream = new InStream(statement.line, key, validDelimiter ? delimiter : "/*", first.equals("*"));
        }
    }

    private void dataSetName(int line, String value) {
        if (value.isEmpty() || value.contains("&") || value.startsWith("*.") || value.startsWith("'")
                || value.equals("NULLFILE") || (mode == Linter.Mode.ZOS && Placeholders.any(value))) {
            return;
        }
        String name = value;
        int open = value.indexOf('(');
        if (open >= 0 && value.endsWith(")")) {
            String inside = value.substring(open + 1, value.length() - 1);
            name = value.substring(0, open);
            if (!inside.matches("[+-]?\\d+")) {
                NameRules.memberName(inside).ifPresent(rule -> report(line, 1, LintRule.DSN, rule + " (got \"" + value
                        + "\")"));
            }
        }
        String dsn = name;
        NameRules.dataSetName(dsn).ifPresent(rule -> report(line, 1, LintRule.DSN, rule + " (got \"" + dsn + "\")"));
    }

    private void checkName(int line, String name, String operation) {
        if (name.isEmpty() || (mode == Linter.Mode.ZOS && Placeholders.any(name))) {
            return;
        }
        for (String part : name.split("\\.", -1)) {
            var broken = operation.equals("JOB") ? NameRules.jobName(part) : NameRules.jclName(part);
            if (broken.isPresent()) {
                report(line, 3, LintRule.NAME_FIELD, "name field " + name + ": " + broken.get());
                return;
            }
        }
    }

    // ---------------------------------------------------------------- in-stream data and steps

    /** Handles a record while in-stream data is open; false when the record is JCL to read. */
    private boolean inStreamData(int line, String record) {
        InStream open = instream;
        if (record.startsWith(open.delimiter())) {
            instream = null;
            return true;
        }
        if (open.endsAtStatement() && record.startsWith("//")) {
            instream = null;
            return false;
        }
        controlData(line, record, open.ddKey());
        if (deckData != null) {
            deckData.add(new DataRecord(line, record));
        }
        placeholders(line, record, step.program != null);
        return true;
    }

    private void finishStep() {
        stepOpen = false;
        implicitSysin = null;
        StepData data = step.control;
        if (data != null && data.ddKey().equals(controlKey())) {
            data.reader().end();
            sink.addAll(data.found());
        }
        step = new Step(null);
    }

    /** Whether the step's control statements are checked: a program with a control DD, in a lint. */
    private boolean checksControl() {
        return !readOnly && step.controlDd != null;
    }

    /** The ddname of the DD that holds the step's control statements (through its DDNAME=), or null. */
    private String controlKey() {
        if (!checksControl()) {
            return null;
        }
        return step.controlReference != null ? step.controlReference : step.controlDd;
    }

    /** The control DD's data when DD {@code key} is the control DD, begun when it is new; else null. */
    private StepData controlData(String key) {
        if (!key.equals(controlKey())) {
            return null;
        }
        if (step.control == null || !step.control.ddKey().equals(key)) {
            MemberFindings found = new MemberFindings();
            step.control = new StepData(key, ControlStatements.reader(step.program, mode,
                    (line, column, rule, message) -> {
                        MemberFindings before = sink;
                        sink = found;
                        report(line, column, rule, message);
                        sink = before;
                    }), found);
        }
        return step.control;
    }

    /** Record {@code line} of DD {@code key}'s in-stream data, read as control statements when it is the control DD's. */
    private void controlData(int line, String record, String key) {
        StepData data = controlData(key);
        if (data != null) {
            data.reader().record(new DataRecord(line, record));
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Install placeholders are a z/OS-mode finding, about JCL written by others for a site to
     * complete. zdeploy's own policy has no such rule: a path such as {@code /u/#pkg} that a user
     * gives is data, not a placeholder, and the other rules judge the records it is written in.
     */
    private void placeholders(int line, String text, boolean hashed) {
        if (mode != Linter.Mode.ZOS || readOnly) {
            return;
        }
        for (Placeholders.Found found : Placeholders.find(text, hashed)) {
            report(line, found.index() + 1, LintRule.PLACEHOLDER, "install placeholder " + found.text()
                    + " is still to be replaced");
        }
    }

    void report(int line, int column, LintRule rule, String message) {
        String printable = message.replaceAll("[\\p{Cntrl}]", "?");
        sink.add(new LintFinding(member, line, column, rule.id(), printable), reported++);
    }

    private static int indexOf(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? text.length() : i;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
