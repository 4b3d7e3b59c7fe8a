package dev.zdeploy.simulate;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.Parameter;
import java.util.List;
import java.util.Locale;

/**
 * Allocates a step's DD statements before the program runs (MVS JCL Reference, "DISP parameter",
 * "DSNAME parameter", "VOLUME parameter"): a data set with status OLD, SHR or MOD is located
 * through the catalogs (or, with VOL=SER, in that volume's VTOC); one that cannot be found ends the
 * job with a JCL error and the step does not run. OLD and MOD open for update, and the run records
 * it so that the comparison can tell when a job updated data that is not the target's. Temporary
 * data sets ({@code &&}, no DSN), SYSOUT, DUMMY, in-stream and PATH DDs need no catalog.
 */
final class Allocation {

    private Allocation() {}

    /** Null when every DD is allocated, else the failure message (a JCL error). */
    static String allocate(Step step) {
        for (List<Dd> list : step.dds.values()) {
            for (Dd dd : list) {
                String failure = allocate(step, dd);
                if (failure != null) {
                    return failure;
                }
            }
        }
        return null;
    }

    private static String allocate(Step step, Dd dd) {
        String dsn = dd.dsn();
        if (dsn == null || dd.isDummy() || dsn.startsWith("&&") || dsn.startsWith("*.")) {
            return null;
        }
        String unresolved = Symbols.firstUnresolved(dsn);
        if (unresolved != null) {
            step.notModelled(dd.line(), "DSN=" + dsn + ": symbol " + unresolved + " has no value");
            return "JCL error: symbol " + unresolved + " has no value";
        }
        String name = dsn.replaceAll("\\(.*\\)$", "");
        String status = "NEW";
        String disp = dd.keywords().get("DISP");
        if (disp != null) {
            try {
                List<Parameter> parts = Parameter.parse(disp);
                Parameter first = parts.size() == 1 && parts.get(0).word() == null ? parts.get(0).list().get(0)
                        : parts.get(0);
                status = first.word() == null || first.word().isEmpty() ? "NEW" : first.upper();
            } catch (JclSyntaxException | IndexOutOfBoundsException e) {
                step.notModelled(dd.line(), "DISP=" + disp);
                return "JCL error: DISP=" + disp;
            }
        }
        if (status.equals("NEW")) {
            step.notModelled(dd.line(), "DD " + dd.name() + " allocating a new data set " + name);
            return "not modelled: a new data set " + name;
        }
        String volser = volser(dd.keywords().get("VOL"));
        String body;
        if (volser != null) {
            Volume volume = step.state().volumes.get(volser);
            VtocEntry entry = volume == null ? null : volume.vtoc.get(name);
            if (entry == null) {
                return "JCL error: IEF212I " + step.name + " " + dd.name() + " - DATA SET NOT FOUND (" + name
                        + " on volume " + volser + ")";
            }
            body = entry.body;
        } else {
            Catalogs.Located located = step.catalogs().locateForAllocation(name);
            if (located == null) {
                return "JCL error: IEF212I " + step.name + " " + dd.name() + " - DATA SET NOT FOUND (" + name + ")";
            }
            body = step.catalogs().bodyOf(located);
            if (body == null) {
                return "JCL error: " + name + " is cataloged on " + located.entry().volumes
                        + ", where the VTOC does not hold it";
            }
        }
        if (status.equals("OLD") || status.equals("MOD")) {
            step.opensForUpdate(name + " (DD " + dd.name() + " DISP=" + status + ")", body);
        }
        return null;
    }

    /** The volume serial of a VOL=SER=... value, or null. */
    static String volser(String vol) {
        if (vol == null) {
            return null;
        }
        String v = vol.toUpperCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("SER=\\(?([A-Z0-9@#$]{1,6})").matcher(v);
        return m.find() ? m.group(1) : null;
    }
}
