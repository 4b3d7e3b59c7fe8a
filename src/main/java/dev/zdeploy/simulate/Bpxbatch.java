package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.StdparmText;
import java.util.ArrayList;
import java.util.List;

/**
 * BPXBATCH (UNIX System Services Command Reference, "BPXBATCH"; docs/manual-syntax.md 5.4): the
 * parameter string from STDPARM (read with {@link StdparmText}) or PARM; {@code SH} runs it with
 * the shell. The shell commands the jobs use are modelled: {@code set -o errexit} / {@code set -e},
 * {@code zfsadm format -aggregate}, {@code mount -t ZFS -f}, {@code unmount [-f]}, {@code mkdir [-p]},
 * {@code true}, {@code echo}. Commands are separated by {@code ;} and new lines; with errexit the
 * shell ends at the first failing command with its status (1), without it the last command's status
 * is the exit status; the step's return code is the exit status (BPXBATCH returns it). Each command
 * is a unit of work. Shell expansion ($, globbing, redirection, pipes) is not modelled.
 */
final class Bpxbatch implements Program {

    @Override
    public int run(Step step) {
        String text;
        int line = step.line;
        if (step.dd("STDPARM") != null) {
            List<DataRecord> records = step.controlRecords("STDPARM");
            if (records == null) {
                return 255;
            }
            StdparmText.Result read = StdparmText.read(records);
            text = read.text();
            line = read.line();
        } else {
            text = step.parm == null ? "" : step.parm;
        }
        String stripped = text.strip();
        if (!stripped.regionMatches(true, 0, "SH ", 0, 3)) {
            step.notModelled(line, "BPXBATCH " + (stripped.isEmpty() ? "without SH" : stripped.split(" ")[0])
                    + " (only SH is modelled)");
            return 255;
        }
        return shell(step, line, stripped.substring(3));
    }

    static int shell(Step step, int line, String script) {
        List<String> commands = split(script);
        if (commands == null) {
            step.notModelled(line, "a quoted string that is not closed in the shell commands");
            return 255;
        }
        boolean errexit = false;
        int status = 0;
        for (String command : commands) {
            List<String> words = words(command);
            if (words.isEmpty()) {
                continue;
            }
            if (command.contains("$") || command.matches(".*[|<>`*?].*") || command.contains("&&")) {
                step.notModelled(line, "shell expansion, pipes or redirection in: " + command);
                return 255;
            }
            String verb = words.get(0);
            if (verb.equals("set") && (words.equals(List.of("set", "-o", "errexit")) || words.equals(List.of("set", "-e")))) {
                errexit = true;
                continue;
            }
            if (step.nextUnitFails()) {
                status = 1;
                step.message("shell: " + command + ": failed (injected)");
            } else {
                String failure = run(step, line, verb, words, command);
                if (failure == null) {
                    status = 0;
                } else if (failure.equals("NOT MODELLED")) {
                    return 255;
                } else {
                    status = 1;
                    step.message("shell: " + command + ": " + failure);
                }
            }
            if (status != 0 && errexit) {
                return status;
            }
        }
        return status;
    }

    private static String run(Step step, int line, String verb, List<String> words, String command) {
        switch (verb) {
            case "true":
            case "echo":
                return null;
            case "zfsadm": {
                if (words.size() >= 4 && words.get(1).equals("format") && words.get(2).equals("-aggregate")) {
                    List<String> rest = words.subList(4, words.size());
                    if (rest.stream().allMatch(w -> w.equals("-overwrite") || w.equals("-compat"))) {
                        return UnixCommands.format(step, words.get(3), rest.contains("-overwrite"));
                    }
                }
                break;
            }
            case "mount":
            case "/usr/sbin/mount":
            case "/bin/mount": {
                if (words.size() == 6 && words.get(1).equals("-t") && words.get(3).equals("-f")) {
                    return UnixCommands.mount(step, words.get(4), words.get(5), words.get(2));
                }
                break;
            }
            case "unmount":
            case "/usr/sbin/unmount":
            case "/bin/unmount": {
                List<String> rest = words.subList(1, words.size()).stream().filter(w -> !w.equals("-f")).toList();
                if (rest.size() == 1) {
                    return UnixCommands.unmount(step, rest.get(0));
                }
                break;
            }
            case "mkdir": {
                boolean parents = false;
                List<String> paths = new ArrayList<>();
                for (String w : words.subList(1, words.size())) {
                    if (w.equals("-p")) {
                        parents = true;
                    } else if (w.startsWith("-")) {
                        paths = null;
                        break;
                    } else {
                        paths.add(w);
                    }
                }
                if (paths != null && !paths.isEmpty()) {
                    for (String p : paths) {
                        String failure = UnixCommands.mkdir(step, p, parents);
                        if (failure != null) {
                            return failure;
                        }
                    }
                    return null;
                }
                break;
            }
            default:
                break;
        }
        step.notModelled(line, "shell command: " + command);
        return "NOT MODELLED";
    }

    /** Splits at ; and new lines outside quotes; null when a quote is not closed. */
    private static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : script.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                current.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == ';' || c == '\n') {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quote != 0) {
            return null;
        }
        out.add(current.toString().strip());
        return out;
    }

    /** The words of one command, quotes removed. */
    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }
}
