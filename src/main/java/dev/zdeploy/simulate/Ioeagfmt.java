package dev.zdeploy.simulate;

import java.util.List;

/**
 * IOEAGFMT ({@code PARM='-aggregate name [-compat] [-overwrite]'}) and IOEFSUTL
 * ({@code PARM='format -aggregate name ...'}): format a zFS aggregate (z/OS File System
 * Administration, "IOEAGFMT", "IOEFSUTL"). The return code is 0, or 8 when it cannot format.
 */
final class Ioeagfmt implements Program {

    private final boolean utility;

    Ioeagfmt(boolean utility) {
        this.utility = utility;
    }

    @Override
    public int run(Step step) {
        String parm = step.parm == null ? "" : step.parm.strip();
        if (parm.startsWith("(")) {
            parm = parm.substring(1, parm.length() - 1);
        }
        parm = parm.replaceFirst("^[^/]*/", "").strip();
        List<String> words = List.of(parm.split("\\s+"));
        if (utility) {
            if (words.isEmpty() || !words.get(0).equals("format")) {
                step.notModelled(step.line, "IOEFSUTL " + parm);
                return 12;
            }
            words = words.subList(1, words.size());
        }
        if (words.size() < 2 || !words.get(0).equals("-aggregate")
                || !words.subList(2, words.size()).stream().allMatch(w -> w.equals("-compat") || w.equals("-overwrite"))) {
            step.notModelled(step.line, (utility ? "IOEFSUTL" : "IOEAGFMT") + " PARM " + step.parm);
            return 12;
        }
        if (step.nextUnitFails()) {
            return 8;
        }
        String failure = UnixCommands.format(step, words.get(1), words.contains("-overwrite"));
        if (failure != null) {
            step.message(failure);
            return 8;
        }
        return 0;
    }
}
