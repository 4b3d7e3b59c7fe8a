package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the XML control statements of GIMUNZIP's SYSIN ({@code <GIMUNZIP>}, {@code <ARCHDEF>},
 * ...). Source: SMP/E for z/OS Reference, "GIMUNZIP" ("SYSIN" and "Syntax notes"): data past column 72
 * is not read, so an element that does not fit in one record is written one attribute per record,
 * and an attribute value is never split (XML would read the record break as a blank in the value):
 * a value that cannot fit in columns 1-72 is refused with a message naming the attribute.
 *
 * <p>{@code element("ARCHDEF", "archid", "S0001.SYS1.LINKLIB.pax.Z", "newname", "SYS1.LINKLIB.#",
 * "catalog", "YES")} gives {@code <ARCHDEF archid="..." newname="..." catalog="YES"/>} on one record
 * when it fits, else
 * <pre>
 * &lt;ARCHDEF
 *   archid="S0001.SYS1.LINKLIB.pax.Z"
 *   newname="SYS1.LINKLIB.#"
 *   catalog="YES"/&gt;
 * </pre>
 * Values are escaped ({@code & < > "}); null or empty values leave their attribute out.
 */
public final class GimunzipWriter {

    /** GIMUNZIP reads columns 1-72. */
    public static final int LAST_COLUMN = 72;

    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String INDENT = "  ";

    private GimunzipWriter() {}

    /** An empty element ({@code <NAME .../>}); {@code attributes} are name, value, name, value, ... */
    public static List<String> element(String name, String... attributes) {
        return element(name, Arrays.asList(attributes));
    }

    /** {@link #element(String, String...)} with the attributes as a list. */
    public static List<String> element(String name, List<String> attributes) {
        return write(name, attributes, "/>");
    }

    /** A start tag ({@code <NAME ...>}), for {@code <GIMUNZIP>} around the other elements. */
    public static List<String> start(String name, String... attributes) {
        return write(name, Arrays.asList(attributes), ">");
    }

    /** An end tag ({@code </NAME>}). */
    public static List<String> end(String name) {
        checkName(name);
        return List.of("</" + name + ">");
    }

    /** The elements held by {@code records}, each as one line: records joined with one blank. */
    public static List<String> unwrap(List<String> records) {
        List<String> elements = new ArrayList<>();
        StringBuilder element = new StringBuilder();
        for (String record : records) {
            if (element.length() > 0) {
                element.append(' ');
            }
            element.append(record.strip());
            if (record.endsWith(">")) {
                elements.add(element.toString());
                element.setLength(0);
            }
        }
        if (element.length() > 0) {
            elements.add(element.toString());
        }
        return elements;
    }

    /** Escapes a value for an attribute in quotation marks. */
    public static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> write(String name, List<String> attributes, String close) {
        checkName(name);
        if (attributes.size() % 2 != 0) {
            throw new JclSyntaxException("GIMUNZIP: <" + name + "> attributes come in name, value pairs: " + attributes);
        }
        List<String> written = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i += 2) {
            String attribute = attributes.get(i);
            String value = attributes.get(i + 1);
            checkName(attribute);
            if (value == null || value.isEmpty()) {
                continue;
            }
            Pieces.checkCharacters(value, "GIMUNZIP " + attribute);
            written.add(attribute + "=\"" + escape(value) + "\"");
            names.add(attribute);
            values.add(value);
        }
        String oneLine = "<" + name + (written.isEmpty() ? "" : " " + String.join(" ", written)) + close;
        if (oneLine.length() <= LAST_COLUMN) {
            return List.of(oneLine);
        }
        List<String> records = new ArrayList<>();
        records.add("<" + name);
        for (int i = 0; i < written.size(); i++) {
            String record = INDENT + written.get(i) + (i == written.size() - 1 ? close : "");
            if (record.length() > LAST_COLUMN) {
                String attribute = names.get(i);
                int room = LAST_COLUMN - INDENT.length() - attribute.length() - 3
                        - (i == written.size() - 1 ? close.length() : 0);
                throw new JclSyntaxException("GIMUNZIP: the " + attribute + " value of <" + name + "> is "
                        + (written.get(i).length() - attribute.length() - 3) + " characters; at most " + room
                        + " fit in one record, and GIMUNZIP reads no further than column 72 (got \""
                        + values.get(i) + "\")");
            }
            records.add(record);
        }
        return records;
    }

    /**
     * The longest value of {@code attribute} that fits in one record when it is not the element's
     * last attribute: GIMUNZIP reads no further than column 72 and a value cannot be continued.
     */
    public static int maxValueLength(String attribute) {
        return LAST_COLUMN - INDENT.length() - attribute.length() - 3;
    }

    private static void checkName(String name) {
        if (name == null || !XML_NAME.matcher(name).matches()) {
            throw new JclSyntaxException(JclSyntaxException.describe("GIMUNZIP: an XML name is a letter followed by"
                    + " letters, digits, '_' or '-'", String.valueOf(name)));
        }
    }
}
