package dev.zdeploy.jcl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NameRules as it was before its checks became character loops (regular expressions and
 * {@code split}), kept verbatim as the oracle of {@link NameRulesEquivalenceTest}.
 *
 * <p>Original description: the z/OS naming rules zdeploy checks, each answering with the rule broken (worded for a systems
 * programmer) or empty when the text is valid. Sources: MVS JCL Reference, "Data set name" (DSNAME
 * parameter), "Name field" (job, step and DD names), "VOLUME parameter" (serial numbers), "System
 * symbols"; z/OS UNIX System Services: path names are at most 1023 bytes.
 */
final class RegexNameRules {

    public static final int MAX_DSN_LENGTH = 44;
    public static final int MAX_QUALIFIER_LENGTH = 8;
    public static final int MAX_NAME_LENGTH = 8;
    public static final int MAX_VOLSER_LENGTH = 6;
    public static final int MAX_PATH_LENGTH = 1023;
    public static final int MAX_ZONE_NAME_LENGTH = 7;
    /** The indirect catalog volume that means "the IPL volume". */
    public static final String IPL_VOLUME_SYMBOL = "******";

    private static final Pattern NATIONAL_FIRST = Pattern.compile("[A-Z@#$]");
    private static final Pattern NAME_CHARS = Pattern.compile("[A-Z0-9@#$]*");
    private static final Pattern QUALIFIER_CHARS = Pattern.compile("[A-Z0-9@#$-]*");
    private static final Pattern VOLSER_CHARS = Pattern.compile("[A-Z0-9@#$]*");

    private RegexNameRules() {}

    /** One qualifier of a data set name. */
    public static Optional<String> qualifier(String text) {
        if (text.isEmpty() || text.length() > MAX_QUALIFIER_LENGTH) {
            return Optional.of("a data set name qualifier is 1-8 characters");
        }
        if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.of("a data set name is upper case");
        }
        if (!NATIONAL_FIRST.matcher(text.substring(0, 1)).matches()) {
            return Optional.of("a data set name qualifier starts with A-Z, @, # or $");
        }
        if (!QUALIFIER_CHARS.matcher(text).matches()) {
            return Optional.of("a data set name qualifier holds only A-Z, 0-9, @, #, $ or a hyphen");
        }
        return Optional.empty();
    }

    /** A data set name without member: at most 44 characters, qualifiers separated by periods. */
    public static Optional<String> dataSetName(String text) {
        if (text.isEmpty()) {
            return Optional.of("a data set name is not empty");
        }
        if (text.length() > MAX_DSN_LENGTH) {
            return Optional.of("a data set name is at most 44 characters");
        }
        for (String qualifier : text.split("\\.", -1)) {
            Optional<String> broken = qualifier(qualifier);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** A data set name with an optional member in parentheses: {@code A.B(MEMBER)}. */
    public static Optional<String> dataSetNameWithMember(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return dataSetName(text);
        }
        if (!text.endsWith(")")) {
            return Optional.of("a member name is closed by a parenthesis");
        }
        return dataSetName(text.substring(0, open)).or(() -> memberName(text.substring(open + 1, text.length() - 1)));
    }

    /** A PDS member name. */
    public static Optional<String> memberName(String text) {
        return name(text, "a member name");
    }

    /** A job, step, procedure or DD name. */
    public static Optional<String> jclName(String text) {
        return name(text, "a JCL name");
    }

    /** A job name. */
    public static Optional<String> jobName(String text) {
        return name(text, "a job name");
    }

    /** A volume serial: 1-6 characters A-Z, 0-9 or national. */
    public static Optional<String> volumeSerial(String text) {
        if (text.isEmpty() || text.length() > MAX_VOLSER_LENGTH) {
            return Optional.of("a volume serial is 1-6 characters");
        }
        if (!VOLSER_CHARS.matcher(text).matches()) {
            return Optional.of("a volume serial holds only A-Z, 0-9, @, # or $");
        }
        return Optional.empty();
    }

    /** A system symbol reference: {@code &} and a 1-8 character name, first not a digit. */
    public static Optional<String> systemSymbol(String text) {
        if (!text.startsWith("&")) {
            return Optional.of("a system symbol starts with &");
        }
        String name = text.endsWith(".") ? text.substring(1, text.length() - 1) : text.substring(1);
        return name(name, "a system symbol name");
    }

    /**
     * An SMP/E zone name: 1-7 characters (SMP/E for z/OS Commands, SET BOUNDARY and ZONEINDEX: a
     * zone name is 1 to 7 alphanumeric characters starting with an alphabetic one).
     */
    public static Optional<String> zoneName(String text) {
        if (text.isEmpty() || text.length() > MAX_ZONE_NAME_LENGTH) {
            return Optional.of("an SMP/E zone name is 1-7 characters");
        }
        return name(text, "an SMP/E zone name");
    }

    /**
     * The volume of an indirect catalog entry: {@code ******} (the IPL volume) or a system symbol
     * that stands for a volume serial, so at most 6 characters with its {@code &} (DFSMS Access
     * Method Services, DEFINE NONVSAM ... DEVICETYPES(0000) VOLUMES(...)).
     */
    public static Optional<String> indirectCatalogSymbol(String text) {
        if (text.equals(IPL_VOLUME_SYMBOL)) {
            return Optional.empty();
        }
        if (!text.startsWith("&") || text.length() > MAX_VOLSER_LENGTH) {
            return Optional.of("an indirect catalog symbol is ****** or & and a symbol name, 6 characters at most");
        }
        return systemSymbol(text);
    }

    /** An SMS storage, management or data class name (DFSMS constructs: 1-8 characters). */
    public static Optional<String> smsClassName(String text) {
        return name(text, "an SMS class name");
    }

    /**
     * A data set name prefix whose qualifiers may be system symbols ({@code &SYSUID},
     * {@code &SYSUID.WORK}, {@code SYSPROG.WORK}); symbols are resolved at run time, so only the
     * shape of each part is checked here.
     */
    public static Optional<String> symbolicPrefix(String text) {
        if (text.isEmpty()) {
            return Optional.of("a data set name prefix is not empty");
        }
        if (text.length() > MAX_DSN_LENGTH) {
            return Optional.of("a data set name is at most 44 characters");
        }
        // A real period after a symbol is written "..": the empty part after a symbol is that period.
        boolean afterSymbol = false;
        for (String part : text.split("\\.", -1)) {
            if (part.isEmpty() && afterSymbol) {
                afterSymbol = false;
                continue;
            }
            afterSymbol = part.startsWith("&");
            Optional<String> broken = afterSymbol ? systemSymbol(part) : qualifier(part);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** An absolute z/OS UNIX path. */
    public static Optional<String> unixPath(String text) {
        if (!text.startsWith("/")) {
            return Optional.of("a UNIX path is absolute (starts with /)");
        }
        if (text.length() > MAX_PATH_LENGTH) {
            return Optional.of("a UNIX path is at most 1023 characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return Optional.of("a UNIX path holds only printable characters");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> name(String text, String what) {
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH) {
            return Optional.of(what + " is 1-8 characters");
        }
        if (!NATIONAL_FIRST.matcher(text.substring(0, 1)).matches()) {
            return Optional.of(what + " starts with A-Z, @, # or $");
        }
        if (!NAME_CHARS.matcher(text).matches()) {
            return Optional.of(what + " holds only A-Z, 0-9, @, # or $");
        }
        return Optional.empty();
    }
}
