package dev.zdeploy.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A job's recovery instruction for a step, as its member's comment box states it in the line
 * {@code //* ZDEPLOY RECOVERY STEP=name action...} (templates/lib/jcl.ftl, macro recoveryLines, writes
 * it from the same data as the sentence a person reads). Read from the member text, so an edited
 * member is drilled as it is.
 *
 * @param step    the step it is for, or {@code *} for any step without a line of its own
 * @param actions in order: UNMOUNT, DELETE=step|*, then RESUBMIT, RESTART=step|*, DONE (no rerun) or MANUAL
 */
public record Recovery(String step, List<String> actions) {

    static final String MARK = "//* ZDEPLOY RECOVERY STEP=";

    public Recovery {
        actions = List.copyOf(actions);
    }

    /** Every recovery line of a member, in order. */
    public static List<Recovery> of(String memberText) {
        List<Recovery> out = new ArrayList<>();
        for (String line : memberText.split("\r?\n")) {
            if (line.startsWith(MARK)) {
                String[] words = line.substring(MARK.length()).strip().toUpperCase(Locale.ROOT).split(" +");
                out.add(new Recovery(words[0], List.of(words).subList(1, words.length)));
            }
        }
        return out;
    }

    /** The instruction for {@code step}: its own line, else the {@code *} line, else null. */
    public static Recovery forStep(List<Recovery> recoveries, String step) {
        return recoveries.stream().filter(r -> r.step.equals(step)).findFirst()
                .orElse(recoveries.stream().filter(r -> r.step.equals("*")).findFirst().orElse(null));
    }

    boolean manual() {
        return actions.contains("MANUAL");
    }

    @Override
    public String toString() {
        return "STEP=" + step + " " + String.join(" ", actions);
    }
}
