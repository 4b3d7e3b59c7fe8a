package dev.zdeploy.render;

import dev.zdeploy.jcl.DssWriter;
import dev.zdeploy.jcl.GimunzipWriter;
import dev.zdeploy.jcl.IckdsfWriter;
import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.jcl.IehlistWriter;
import dev.zdeploy.jcl.JclWriter;
import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.jcl.StdparmWriter;
import dev.zdeploy.jcl.TsoWriter;
import java.util.Arrays;
import java.util.List;

/**
 * The statement writers of {@code dev.zdeploy.jcl}, as the {@code jcl} variable of every template:
 * templates call these and never count columns.
 *
 * <p>Every method returns the card images of one statement joined with {@code \n}, without a final
 * newline, so a template writes {@code ${jcl.dd("SYSPRINT", "SYSOUT=*")}} alone on its line and the
 * line's own newline ends the last card. No method returns an empty string (an empty record is never
 * written). A statement that cannot be written within the output policy fails the render with the
 * writer's message.
 *
 * <p>Free text from the inputs (descriptions, names) goes only through {@link #comment(String)}, which
 * replaces every character but printable ASCII and writes {@code //*} comment statements: whatever the
 * text holds, it cannot become a statement.
 */
public final class JclHelpers {

    // ---- JCL ------------------------------------------------------------------------------------

    /** An EXEC statement: {@code exec("COPY001", "PGM=ADRDSSU", "COND=(4,LT)")}; empty parameters are left out. */
    public String exec(String stepName, String... parameters) {
        return cards(JclWriter.exec(stepName, Arrays.asList(parameters)));
    }

    /** A DD statement: {@code dd("SYSIN", "*")}; empty parameters are left out. */
    public String dd(String ddName, String... parameters) {
        return cards(JclWriter.dd(ddName, Arrays.asList(parameters)));
    }

    /** A value in apostrophes with apostrophes doubled, for {@code PATH=} and {@code PARM=}. */
    public String quote(String raw) {
        return JclWriter.quote(raw);
    }

    /**
     * Comment statements holding {@code text}, sanitised (see {@link #sanitize(String)}) and wrapped;
     * a newline starts a new comment statement, an empty text gives a bare {@code //*}.
     */
    public String comment(String text) {
        return cards(JclWriter.comment(sanitize(text)));
    }

    /**
     * {@code text} with every character outside printable ASCII (blank to tilde) replaced by {@code ?},
     * newlines kept; null gives an empty string.
     */
    public String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.append(c == '\n' || (c >= 0x20 && c <= 0x7E) ? (char) c : '?'));
        return clean.toString();
    }

    // ---- utility control statements -------------------------------------------------------------

    /** One IDCAMS command (or modal command: {@code IF LASTCC = 0 THEN DO}, {@code END}). */
    public String idcams(String command) {
        return cards(IdcamsWriter.command(command));
    }

    /** One ICKDSF command. */
    public String ickdsf(String command) {
        return cards(IckdsfWriter.command(command));
    }

    /** One DFSMSdss command. */
    public String dss(String command) {
        return cards(DssWriter.command(command));
    }

    /** One SMP/E command or UCL statement, given without its period. */
    public String smpe(String statement) {
        return cards(SmpeWriter.statement(statement));
    }

    /** The UCL statement setting a path DDDEF: the plan checks that very text can be written. */
    public String smpePathDddef(String dddef, String path) {
        return SmpeWriter.pathDddef(dddef, path);
    }

    /**
     * One GIMUNZIP XML element with attribute name/value pairs: {@code xml("ARCHDEF", "archid", id,
     * "newname", name)}; an empty value leaves its attribute out.
     */
    public String xml(String element, String... attributes) {
        return cards(GimunzipWriter.element(element, Arrays.asList(attributes)));
    }

    /** The start tag of a GIMUNZIP XML element: {@code <GIMUNZIP>}. */
    public String xmlStart(String element) {
        return cards(GimunzipWriter.start(element));
    }

    /** The end tag of a GIMUNZIP XML element: {@code </GIMUNZIP>}. */
    public String xmlEnd(String element) {
        return cards(GimunzipWriter.end(element));
    }

    /** BPXBATCH STDPARM shell text: each command starts a record and is broken only between tokens. */
    public String stdparm(List<String> commands) {
        return cards(StdparmWriter.lines(commands));
    }

    /** One IEHLIST control statement: {@code iehlist("LISTVTOC VOL=3390=TM2R01")}. */
    public String iehlist(String statement) {
        return cards(IehlistWriter.statement(statement));
    }

    /** One TSO/E command for SYSTSIN (RACF's ADDGROUP, ADDSD, PERMIT, ...). */
    public String tso(String command) {
        return cards(TsoWriter.command(command));
    }

    private static String cards(List<String> cards) {
        if (cards.isEmpty()) {
            throw new IllegalStateException("a statement writer wrote no record");
        }
        return String.join("\n", cards);
    }
}
