package dev.zdeploy.simulate;

/**
 * A failure to inject (failure drills): step {@code step} of job {@code member} either ends with
 * return code {@code rc} without doing anything ({@code unit} null), or its {@code unit}-th unit of
 * work fails as the utility's own failure would: the N-th data set a DFSMSdss COPY writes, the N-th
 * IDCAMS functional command, the N-th UCLIN statement, the N-th GIMUNZIP archive, the N-th shell
 * command. Units before it are done and stay done; the program goes on after it as it would after
 * such a failure.
 *
 * @param member the member name (or its two-letter job type, e.g. RN)
 * @param step   the step name
 * @param rc     return code to end the step with, or null
 * @param unit   the unit of work that fails, from 1, or null
 */
public record Fault(String member, String step, Integer rc, Integer unit) {

    /** Parses {@code MEMBER.STEP[:N]} (unit N fails) or {@code MEMBER.STEP=RC} (the step ends with RC). */
    public static Fault parse(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        int dot = t.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("a fault is MEMBER.STEP[:N] or MEMBER.STEP=RC (got \"" + text + "\")");
        }
        String member = t.substring(0, dot);
        String rest = t.substring(dot + 1);
        Integer unit = null;
        Integer rc = null;
        try {
            if (rest.contains(":")) {
                unit = Integer.parseInt(rest.substring(rest.indexOf(':') + 1));
                rest = rest.substring(0, rest.indexOf(':'));
            } else if (rest.contains("=")) {
                rc = Integer.parseInt(rest.substring(rest.indexOf('=') + 1));
                rest = rest.substring(0, rest.indexOf('='));
            } else {
                rc = 12;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a fault is MEMBER.STEP[:N] or MEMBER.STEP=RC (got \"" + text + "\")");
        }
        if (rest.isEmpty() || unit != null && unit < 1 || rc != null && (rc < 0 || rc > 4095)) {
            throw new IllegalArgumentException("a fault is MEMBER.STEP[:N] or MEMBER.STEP=RC (got \"" + text + "\")");
        }
        return new Fault(member, rest, rc, unit);
    }

    /** As --fail spells it, with what fails: "IZUD05RN.RENAME:3 (unit 3 fails)". */
    public String describe() {
        return member + "." + step + (unit != null ? ":" + unit + " (unit " + unit + " fails)"
                : "=" + rc + " (the step ends with return code " + rc + ")");
    }

    boolean matches(String memberName, String stepName) {
        return stepName.equals(step) && (memberName.equals(member)
                || memberName.length() == 8 && memberName.endsWith(member) && member.length() == 2);
    }
}
