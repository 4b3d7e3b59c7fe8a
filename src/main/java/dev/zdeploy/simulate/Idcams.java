package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.MarkedCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IDCAMS: reads SYSIN with the IDCAMS reader ({@link MarkedCommands}), runs the modal commands
 * itself and each functional command through {@link IdcamsCommands}.
 *
 * <p>DFSMS Access Method Services Commands (docs/manual-syntax.md 1.0, 1.1): LASTCC is the
 * condition code of the last functional command run, MAXCC the highest so far; the step's return
 * code is MAXCC. "IF {LASTCC|MAXCC} operator number THEN [command | DO command set END] [ELSE ...]";
 * a THEN or ELSE with nothing after it on its record is a null command; an ELSE matches the nearest
 * unmatched THEN, and must follow the THEN clause at once; "A SET command that follows a THEN or
 * ELSE that is not run does not alter LASTCC or MAXCC"; setting MAXCC does not affect LASTCC; a
 * value above 16 is reduced to 16, and 16 "ends all processing" (as does a functional command
 * ending with 16). CANCEL ends the step with the highest condition code so far. An IF-THEN-ELSE
 * sequence error is condition code 16 (Condition codes: "bad IF-THEN-ELSE sequence").
 */
final class Idcams implements Program {

    /** A node of the command stream. */
    private sealed interface Node permits Simple, If, Block {}

    private record Simple(int line, String text) implements Node {}

    private record If(int line, String variable, String op, int value, Node then, Node otherwise) implements Node {}

    private record Block(List<Node> nodes) implements Node {}

    private static final class SequenceError extends RuntimeException {
        final int line;

        SequenceError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final Pattern IF = Pattern.compile(
            "IF\\s+(LASTCC|MAXCC)\\s*(>=|<=|¬=|=|EQ|NE|>|GT|<|LT|GE|LE)\\s*(\\d+)\\s+THEN(?:\\s+(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SET = Pattern.compile("SET\\s+(LASTCC|MAXCC)\\s*=\\s*(\\d+)");

    private int lastcc;
    private int maxcc;
    private boolean stopped;

    @Override
    public int run(Step step) {
        List<DataRecord> records = step.controlRecords("SYSIN");
        if (records == null) {
            if (step.dd("SYSIN") == null) {
                step.message("IDC: no SYSIN DD statement");
                return 16;
            }
            return 12;
        }
        MarkedCommands.Result read = MarkedCommands.access("IDCAMS", records);
        List<MarkedCommands.Command> commands = read.commands();
        Block program;
        int[] at = {0};
        try {
            List<Node> nodes = new ArrayList<>();
            while (at[0] < commands.size()) {
                nodes.add(statement(commands, at));
            }
            program = new Block(nodes);
        } catch (SequenceError e) {
            step.message("IDCAMS: " + e.getMessage() + " (line " + e.line + "): condition code 16");
            return 16;
        }
        IdcamsCommands functional = new IdcamsCommands(step);
        lastcc = 0;
        maxcc = 0;
        execute(program, step, functional);
        return maxcc;
    }

    private Node statement(List<MarkedCommands.Command> commands, int[] at) {
        MarkedCommands.Command c = commands.get(at[0]++);
        return fromText(c.line(), c.text(), commands, at);
    }

    private Node fromText(int line, String text, List<MarkedCommands.Command> commands, int[] at) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("IF ")) {
            Matcher m = IF.matcher(text.strip());
            if (!m.matches()) {
                throw new SequenceError(line, "IF statement not understood: " + text);
            }
            String variable = m.group(1);
            String op = m.group(2);
            int value = Integer.parseInt(m.group(3));
            String rest = m.group(4);
            Node then = clause(line, rest, commands, at);
            Node otherwise = null;
            if (at[0] < commands.size()) {
                MarkedCommands.Command next = commands.get(at[0]);
                String nextUpper = next.text().toUpperCase(Locale.ROOT);
                if (nextUpper.equals("ELSE") || nextUpper.startsWith("ELSE ")) {
                    at[0]++;
                    otherwise = clause(next.line(), next.text().substring(4).strip(), commands, at);
                }
            }
            return new If(line, variable.toUpperCase(Locale.ROOT), op.toUpperCase(Locale.ROOT), value, then, otherwise);
        }
        if (upper.equals("ELSE") || upper.startsWith("ELSE ")) {
            throw new SequenceError(line, "ELSE without a matching THEN");
        }
        if (upper.equals("END")) {
            throw new SequenceError(line, "END without DO");
        }
        return new Simple(line, text);
    }

    private Node clause(int line, String rest, List<MarkedCommands.Command> commands, int[] at) {
        if (rest == null || rest.isBlank()) {
            return null;
        }
        String upper = rest.toUpperCase(Locale.ROOT);
        if (upper.equals("DO") || upper.startsWith("DO ")) {
            List<Node> nodes = new ArrayList<>();
            String first = rest.substring(2).strip();
            if (!first.isEmpty()) {
                nodes.add(fromText(line, first, commands, at));
            }
            while (true) {
                if (at[0] >= commands.size()) {
                    throw new SequenceError(line, "DO without END");
                }
                MarkedCommands.Command c = commands.get(at[0]);
                if (c.text().equalsIgnoreCase("END")) {
                    at[0]++;
                    return new Block(nodes);
                }
                nodes.add(statement(commands, at));
            }
        }
        return fromText(line, rest, commands, at);
    }

    private void execute(Node node, Step step, IdcamsCommands functional) {
        if (stopped || node == null) {
            return;
        }
        if (node instanceof Block block) {
            for (Node n : block.nodes()) {
                execute(n, step, functional);
            }
        } else if (node instanceof If ifNode) {
            int left = ifNode.variable().equals("LASTCC") ? lastcc : maxcc;
            boolean value = Cond.compare(left, symbolic(ifNode.op()), ifNode.value());
            execute(value ? ifNode.then() : ifNode.otherwise(), step, functional);
        } else {
            Simple simple = (Simple) node;
            char first = Character.toUpperCase(simple.text().charAt(0));
            String upper = first == 'S' || first == 'C' ? simple.text().toUpperCase(Locale.ROOT) : "";
            Matcher set = upper.startsWith("SET") ? SET.matcher(upper) : null;
            if (set != null && set.matches()) {
                int value = Math.min(16, Integer.parseInt(set.group(2)));
                if (set.group(1).equals("MAXCC")) {
                    maxcc = value;
                } else {
                    lastcc = value;
                    // AMS SET: LASTCC set above MAXCC raises MAXCC too (the stricter reading).
                    maxcc = Math.max(maxcc, value);
                }
                if (value == 16) {
                    step.message("IDCAMS: condition code set to 16: the rest of the commands is not run");
                    stopped = true;
                }
                return;
            }
            if (upper.equals("CANCEL")) {
                step.message("IDCAMS: CANCEL");
                stopped = true;
                return;
            }
            if (upper.startsWith("SET ")) {
                step.notModelled(simple.line(), "IDCAMS command " + simple.text());
                lastcc = 12;
                maxcc = Math.max(maxcc, 12);
                return;
            }
            int cc = functional.run(simple.line(), simple.text());
            lastcc = cc;
            maxcc = Math.max(maxcc, cc);
            if (cc >= 16) {
                stopped = true;
            }
        }
    }

    private static String symbolic(String op) {
        return switch (op) {
            case "=" -> "EQ";
            case "¬=" -> "NE";
            case ">" -> "GT";
            case "<" -> "LT";
            case ">=" -> "GE";
            case "<=" -> "LE";
            default -> op;
        };
    }
}
