package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * Writes JCL statements (JOB, EXEC, DD, SET, any other operation, and comment statements) as card
 * images within zdeploy's output policy: statement text ends by column 71, column 72 stays blank,
 * no record is longer than 71 characters.
 *
 * <p>Rules followed (z/OS MVS JCL Reference, "JCL statement fields" and "Continuing JCL statements"):
 * the name field starts in column 3; parameters are separated by commas; a statement is continued by
 * ending a record after a complete parameter or subparameter and its comma, with {@code //} in
 * columns 1-2, a blank in column 3 and the text resumed in columns 4-16 (zdeploy uses column 16, and
 * moves left only for a piece that would not fit from there). A value in apostrophes is continued
 * ("Continuing parameter fields enclosed in apostrophes") by coding it through column 71 and going on
 * in column 16 of the next record; never with an apostrophe in column 71, and never inside a symbol
 * ("Coding symbols in apostrophes": a symbol within apostrophes cannot be broken at column 71).
 *
 * <p>Parameters are given as complete texts ({@code "DSN=A.B"}, {@code "DISP=(NEW,CATLG)"}); null or
 * empty parameters are skipped, so a template can pass an optional one without an {@code #if}.
 * Anything that cannot be written is refused with a {@link JclSyntaxException} that names it.
 */
public final class JclWriter {

    /** The last column of JCL statement text in zdeploy's output. */
    public static final int LAST_COLUMN = 71;
    /** Where continued parameters resume. */
    public static final int CONTINUATION_COLUMN = 16;
    /** The leftmost column a continued parameter may resume in (JCL Reference: columns 4-16). */
    public static final int LEFTMOST_CONTINUATION_COLUMN = 4;
    /** EXEC PARM: "The length of the subparameters passed must not exceed 100 characters". */
    public static final int MAX_PARM_LENGTH = 100;
    /** JOB programmer's name: "must not exceed 20 characters". */
    public static final int MAX_PROGRAMMER_NAME_LENGTH = 20;

    private static final int MAX_EXTRA_BLANKS = 12;
    private static final Pattern OPERATION = Pattern.compile("[A-Z]{1,8}");
    private static final Pattern PLAIN_SET_VALUE = Pattern.compile("[A-Z0-9@#$.]+");
    private static final String CONTINUATION = "//" + " ".repeat(CONTINUATION_COLUMN - 3);

    private JclWriter() {}

    /**
     * A JOB statement: {@code job("IZUD01RA", "(ACCOUNT)", "'NAME'", "CLASS=A", "MSGCLASS=X")}.
     * The job name is checked, and a programmer's name (the second positional parameter) is at most
     * 20 characters (JCL Reference, "Programmer's name parameter").
     */
    public static List<String> job(String jobName, String... parameters) {
        return job(jobName, Arrays.asList(parameters));
    }

    /** {@link #job(String, String...)} with the parameters as a list. */
    public static List<String> job(String jobName, List<String> parameters) {
        NameRules.jobName(StringUtils.defaultString(jobName)).ifPresent(rule -> fail("JOB: " + rule, jobName));
        List<String> params = present(parameters);
        if (params.size() > 1 && isPositional(params.get(1))) {
            String name = passedValue(params.get(1));
            if (name.length() > MAX_PROGRAMMER_NAME_LENGTH) {
                fail("JOB: a programmer's name is at most 20 characters", params.get(1));
            }
        }
        return statement(jobName, "JOB", params);
    }

    /**
     * An EXEC statement: {@code exec("STEP1", "PGM=IDCAMS", "REGION=0M", "COND=(0,LT)")}. Every step
     * is named (zdeploy policy: COND and restarts refer to steps by name). A PARM passes at most 100
     * characters (JCL Reference, "PARM parameter").
     */
    public static List<String> exec(String stepName, String... parameters) {
        return exec(stepName, Arrays.asList(parameters));
    }

    /** {@link #exec(String, String...)} with the parameters as a list. */
    public static List<String> exec(String stepName, List<String> parameters) {
        NameRules.jclName(StringUtils.defaultString(stepName)).ifPresent(rule -> fail("EXEC: " + rule, stepName));
        List<String> params = present(parameters);
        for (String param : params) {
            String keyword = keyword(param);
            if (keyword.equals("PARM") || keyword.startsWith("PARM.")) {
                String passed = passedValue(param.substring(keyword.length() + 1));
                if (passed.length() > MAX_PARM_LENGTH) {
                    throw new JclSyntaxException("EXEC: a PARM passes at most 100 characters, this one "
                            + passed.length() + " (use a PARMDD or STDPARM data set instead): " + param);
                }
            }
        }
        return statement(stepName, "EXEC", params);
    }

    /**
     * A DD statement: {@code dd("SYSIN", "*")}, {@code dd("OUT", "DSN=A.B", "DISP=SHR")},
     * {@code dd("STDPARM", "PATH=" + quote(path), "PATHOPTS=ORDONLY")}; an empty name continues a
     * concatenation.
     */
    public static List<String> dd(String ddName, String... parameters) {
        return dd(ddName, Arrays.asList(parameters));
    }

    /** {@link #dd(String, String...)} with the parameters as a list. */
    public static List<String> dd(String ddName, List<String> parameters) {
        return statement(ddName, "DD", present(parameters));
    }

    /**
     * A SET statement assigning {@code value} to the JCL symbol {@code symbol}: written as it is when
     * it holds only A-Z, 0-9, national characters and periods, else in apostrophes with apostrophes
     * doubled (JCL Reference, "SET statement": the enclosing apostrophes are not part of the value).
     */
    public static List<String> set(String symbol, String value) {
        NameRules.jclName(StringUtils.defaultString(symbol)).ifPresent(rule -> fail("SET: " + rule, symbol));
        String text = StringUtils.defaultString(value);
        String written = PLAIN_SET_VALUE.matcher(text).matches() ? text : quote(text);
        return statement("", "SET", List.of(symbol + "=" + written));
    }

    /**
     * Comment statements ({@code //*}) holding {@code text}, words wrapped by column 71; a newline in
     * the text starts a new comment statement, an empty line gives a bare {@code //*}. Comment
     * statements cannot be continued, so each record is a statement of its own.
     */
    public static List<String> comment(String text) {
        List<String> cards = new ArrayList<>();
        for (String line : StringUtils.defaultString(text).split("\n", -1)) {
            Pieces.checkCharacters(line, "comment");
            cards.addAll(Words.wrap("//*", line, "", LAST_COLUMN));
        }
        return cards;
    }

    /**
     * Any JCL statement: name (may be empty), operation, parameters. Used by the specific writers and
     * for statements they do not cover ({@code JCLLIB}, {@code INCLUDE}, {@code OUTPUT}, ...).
     */
    public static List<String> statement(String name, String operation, List<String> parameters) {
        String stmtName = StringUtils.defaultString(name);
        if (!stmtName.isEmpty()) {
            NameRules.jclName(stmtName).ifPresent(rule -> fail(operation + ": " + rule, stmtName));
        }
        if (operation == null || !OPERATION.matcher(operation).matches()) {
            fail("a JCL operation is 1-8 upper case letters", operation);
        }
        List<String> params = present(parameters);
        params.forEach(p -> checkParameter(operation, p));
        String head = head(stmtName, operation, !params.isEmpty());
        if (params.isEmpty()) {
            return List.of(head);
        }
        List<List<String>> arrangements = new ArrayList<>();
        arrangements.add(params);
        arrangements.addAll(keywordFirstArrangements(params));
        for (List<String> arranged : arrangements) {
            // The parameter field may begin anywhere after the blank that ends the operation, which
            // moves where a long first value in apostrophes meets column 71.
            for (int blanks = 0; blanks <= MAX_EXTRA_BLANKS; blanks++) {
                Optional<List<String>> cards = layout(head + " ".repeat(blanks), arranged);
                if (cards.isPresent()) {
                    return cards.get();
                }
            }
        }
        throw new JclSyntaxException(operation + ": the first parameter cannot be written on the first record by"
                + " column 71 (nor continued there), and no keyword parameter can go before it: " + params.get(0));
    }

    /**
     * A value in apostrophes, each apostrophe in it doubled: {@code quote("O'DAY")} is
     * {@code 'O''DAY'}. Ampersands are left alone, so symbols in the value are still substituted.
     */
    public static String quote(String raw) {
        return "'" + StringUtils.defaultString(raw).replace("'", "''") + "'";
    }

    /** The statement as one unlimited record: what {@link #unwrap(List)} of its cards gives back. */
    public static String logical(String name, String operation, List<String> parameters) {
        List<String> params = present(parameters);
        return head(StringUtils.defaultString(name), operation, !params.isEmpty()) + String.join(",", params);
    }

    /**
     * Joins the cards of one statement written by this class back into one unlimited record laid
     * out as {@link #logical}: a continued value in apostrophes resumes at column 16, any other
     * continuation at its first non-blank column.
     */
    public static String unwrap(List<String> cards) {
        String first = cards.get(0);
        int nameEnd = first.indexOf(' ', 2);
        String name = first.substring(2, nameEnd);
        String rest = first.substring(nameEnd).stripLeading();
        int operationEnd = rest.indexOf(' ');
        String operation = operationEnd < 0 ? rest : rest.substring(0, operationEnd);
        String operand = operationEnd < 0 ? "" : rest.substring(operationEnd).stripLeading();
        StringBuilder statement = new StringBuilder(head(name, operation, !operand.isEmpty())).append(operand);
        for (String card : cards.subList(1, cards.size())) {
            if (StringUtils.countMatches(statement, '\'') % 2 == 1) {
                statement.append(card.substring(CONTINUATION_COLUMN - 1));
            } else {
                statement.append(card.substring(2).stripLeading());
            }
        }
        return statement.toString();
    }

    private static String head(String name, String operation, boolean withParameters) {
        String head = "//" + String.format(Locale.ROOT, "%-8s", name) + " " + operation;
        return withParameters ? head + " " : head;
    }

    private static Optional<List<String>> layout(String head, List<String> params) {
        List<Pieces.Piece> pieces = Pieces.split(String.join(",", params), "'", true, "JCL");
        List<String> cards = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        boolean lineHasPiece = false;
        for (Pieces.Piece piece : pieces) {
            String text = piece.text();
            if (line.length() + text.length() <= LAST_COLUMN) {
                line.append(text);
                lineHasPiece = true;
                continue;
            }
            boolean quoted = piece.quoted('\'');
            if (lineHasPiece && text.length() <= LAST_COLUMN - CONTINUATION_COLUMN + 1) {
                cards.add(line.toString());
                line = new StringBuilder(CONTINUATION).append(text);
                continue;
            }
            if (quoted) {
                Optional<List<String>> segments = splitQuoted(text, line.length() + 1);
                if (segments.isEmpty() && lineHasPiece) {
                    for (int column = CONTINUATION_COLUMN; column >= LEFTMOST_CONTINUATION_COLUMN; column--) {
                        segments = splitQuoted(text, column);
                        if (segments.isPresent()) {
                            cards.add(line.toString());
                            line = new StringBuilder("//" + " ".repeat(column - 3));
                            break;
                        }
                    }
                }
                if (segments.isEmpty() && !lineHasPiece) {
                    return Optional.empty();
                }
                if (segments.isEmpty()) {
                    throw new JclSyntaxException("JCL: the value in apostrophes cannot be continued (it would"
                            + " put a blank, an apostrophe or a broken symbol in column 71): " + text);
                }
                List<String> parts = segments.get();
                line.append(parts.get(0));
                for (String part : parts.subList(1, parts.size())) {
                    cards.add(line.toString());
                    line = new StringBuilder(CONTINUATION).append(part);
                }
                lineHasPiece = true;
                continue;
            }
            if (!lineHasPiece) {
                return Optional.empty();
            }
            int column = LAST_COLUMN - text.length() + 1;
            if (column < LEFTMOST_CONTINUATION_COLUMN) {
                throw new JclSyntaxException("JCL: a parameter of " + text.length() + " characters without a"
                        + " comma or apostrophes to continue at cannot be written within column 71: " + text);
            }
            cards.add(line.toString());
            line = new StringBuilder("//" + " ".repeat(column - 3)).append(text);
        }
        cards.add(line.toString());
        return Optional.of(cards);
    }

    private static Optional<List<String>> splitQuoted(String text, int firstColumn) {
        return QuotedSplit.split(text, '\'', firstColumn, LAST_COLUMN, CONTINUATION_COLUMN, JclWriter::mayBreakBefore);
    }

    /**
     * Never a blank (it would be a trailing blank) or an apostrophe in column 71, never a blank in
     * column 16 (the continued text would seem to start in column 17), never inside a symbol.
     */
    private static boolean mayBreakBefore(String piece, int index) {
        char last = piece.charAt(index - 1);
        if (last == ' ' || last == '\'' || piece.charAt(index) == ' ') {
            return false;
        }
        int start = index - 1;
        while (start >= 0 && isNameCharacter(piece.charAt(start))) {
            start--;
        }
        return start < 0 || piece.charAt(start) != '&';
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '@' || c == '#' || c == '$';
    }

    /** Arrangements that put a keyword parameter first, in parameter order; positional parameters stay. */
    private static List<List<String>> keywordFirstArrangements(List<String> params) {
        List<List<String>> arrangements = new ArrayList<>();
        if (isPositional(params.get(0))) {
            return arrangements;
        }
        for (int i = 1; i < params.size(); i++) {
            if (!isPositional(params.get(i))) {
                List<String> arranged = new ArrayList<>(params);
                arranged.add(0, arranged.remove(i));
                arrangements.add(arranged);
            }
        }
        return arrangements;
    }

    private static void checkParameter(String operation, String param) {
        Pieces.checkCharacters(param, operation);
        Operands.Scan scan = Operands.scan(param, (i, c, depth) -> {
            if (c == ' ') {
                fail(operation + ": a blank outside apostrophes would end the parameter field", param);
            }
            return true;
        });
        if (scan.quoteOpen()) {
            fail(operation + ": an apostrophe is not closed", param);
        }
        if (scan.closedTooMany()) {
            fail(operation + ": a closing parenthesis has no opening one", param);
        }
        if (scan.depth() != 0) {
            fail(operation + ": a parenthesis is not closed", param);
        }
    }

    /** A parameter without {@code =} outside apostrophes and parentheses is positional. */
    static boolean isPositional(String param) {
        return keyword(param).isEmpty();
    }

    /** The keyword of a keyword parameter ({@code PARM.STEP1} for {@code PARM.STEP1=...}), else empty. */
    static String keyword(String param) {
        int equals = Operands.equalsSign(param);
        return equals < 0 ? "" : param.substring(0, equals);
    }

    /**
     * What the system passes for a value: without enclosing parentheses or apostrophes, with doubled
     * apostrophes and ampersands counted once (JCL Reference, "PARM parameter", "Length").
     */
    static String passedValue(String value) {
        String v = value;
        if (v.length() >= 2 && v.startsWith("(") && v.endsWith(")")) {
            v = v.substring(1, v.length() - 1);
        }
        StringBuilder passed = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\'') {
                if (open && i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                    passed.append('\'');
                    i++;
                } else {
                    open = !open;
                }
            } else if (c == '&' && i + 1 < v.length() && v.charAt(i + 1) == '&') {
                passed.append('&');
                i++;
            } else {
                passed.append(c);
            }
        }
        return passed.toString();
    }

    private static List<String> present(List<String> parameters) {
        List<String> present = new ArrayList<>();
        if (parameters != null) {
            for (String p : parameters) {
                if (p != null && !p.isEmpty()) {
                    present.add(p);
                }
            }
        }
        return present;
    }

    private static void fail(String rule, String value) {
        throw new JclSyntaxException(JclSyntaxException.describe(rule, value));
    }
}
