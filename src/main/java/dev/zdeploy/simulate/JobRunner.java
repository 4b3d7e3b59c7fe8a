package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.JclDeck;
import dev.zdeploy.jcl.JclStatement;
import dev.zdeploy.jcl.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one member as the system would run the job: the JOB statement (RESTART=), SET symbols, EXEC
 * PGM=/PARM=/COND=, IF/THEN/ELSE/ENDIF, DD statements allocated against the catalogs, each step's
 * program by its interpreter. The member is read with the linter's reader ({@link JclDeck}).
 */
final class JobRunner {

    /** A step as written, with the IF clauses around it. */
    private record StepDef(String name, int line, String program, String parm, String cond, List<Dd> dds,
            List<Guard> guards) {}

    /** A step sits in the THEN (or ELSE) clause of an IF. */
    private record Guard(IfDef condition, boolean inThen) {}

    private static final class IfDef {
        final int line;
        final String text;
        Boolean value;

        IfDef(int line, String text) {
            this.line = line;
            this.text = text;
        }
    }

    private final Run run;
    private final Map<String, Program> programs;

    JobRunner(Run run, Map<String, Program> programs) {
        this.run = run;
        this.programs = programs;
    }

    JobResult run(String member, String text, String phase) {
        return run(member, text, phase, null);
    }

    /** Runs the member with {@code restartAt} as if RESTART= were on its JOB statement (null: as written). */
    JobResult run(String member, String text, String phase, String restartAt) {
        JclDeck deck = JclDeck.read(member, text);
        for (dev.zdeploy.jcl.LintFinding beyond : deck.findings()) {
            if (beyond.stoppedReading()) {
                // A member the reader stopped reading (a statement continued without end): not run in part.
                run.notModelled(member, beyond.line(), beyond.message());
                return new JobResult(member, null, phase, List.of());
            }
        }
        Map<String, String> jclSymbols = new HashMap<>();
        String sysuid = run.state.symbols.get("SYSUID");
        if (sysuid != null) {
            jclSymbols.put("SYSUID", sysuid);
        }
        Map<String, String> allSymbols = new HashMap<>(run.state.symbols);
        String jobName = null;
        String restart = null;
        List<StepDef> steps = new ArrayList<>();
        List<Guard> open = new ArrayList<>();
        StepBuilder current = null;
        for (JclStatement statement : deck.statements()) {
            switch (statement.operation()) {
                case "JOB" -> {
                    if (jobName != null) {
                        run.notModelled(member, statement.line(), "a second JOB statement in one member");
                        return new JobResult(member, jobName, phase, List.of());
                    }
                    jobName = statement.name();
                    for (String p : statement.parameters()) {
                        if (p.toUpperCase(Locale.ROOT).startsWith("RESTART=")) {
                            restart = p.substring(8).toUpperCase(Locale.ROOT).replaceAll("^\\((.*?)(,.*)?\\)$", "$1");
                        }
                    }
                }
                case "SET" -> {
                    for (String p : statement.parameters()) {
                        int eq = p.indexOf('=');
                        if (eq > 0) {
                            String value = Dd.unquote(Symbols.substitute(p.substring(eq + 1), allSymbols));
                            jclSymbols.put(p.substring(0, eq).toUpperCase(Locale.ROOT), value);
                            allSymbols.put(p.substring(0, eq).toUpperCase(Locale.ROOT), value);
                        }
                    }
                }
                case "EXEC" -> {
                    if (current != null) {
                        steps.add(current.build());
                    }
                    current = new StepBuilder(member, statement, Symbols.substitute(statement.operand(), allSymbols),
                            List.copyOf(open));
                }
                case "DD" -> {
                    if (current == null) {
                        run.notModelled(member, statement.line(), "a DD statement outside a step");
                        continue;
                    }
                    current.dd(statement, allSymbols, jclSymbols, run.state.symbols);
                }
                case "IF" -> {
                    if (current != null) {
                        steps.add(current.build());
                        current = null;
                    }
                    open.add(new Guard(new IfDef(statement.line(), statement.operand()), true));
                }
                case "ELSE" -> {
                    if (current != null) {
                        steps.add(current.build());
                        current = null;
                    }
                    if (open.isEmpty()) {
                        run.notModelled(member, statement.line(), "ELSE without IF");
                        return new JobResult(member, jobName, phase, List.of());
                    }
                    Guard last = open.remove(open.size() - 1);
                    open.add(new Guard(last.condition(), false));
                }
                case "ENDIF" -> {
                    if (current != null) {
                        steps.add(current.build());
                        current = null;
                    }
                    if (open.isEmpty()) {
                        run.notModelled(member, statement.line(), "ENDIF without IF");
                        return new JobResult(member, jobName, phase, List.of());
                    }
                    open.remove(open.size() - 1);
                }
                default -> run.notModelled(member, statement.line(), statement.operation() + " statement");
            }
        }
        if (current != null) {
            steps.add(current.build());
        }
        if (jobName == null) {
            run.notModelled(member, 1, "no JOB statement: the member is not a job");
            return new JobResult(member, null, phase, List.of());
        }
        return execute(member, jobName, phase, steps, restartAt != null ? restartAt : restart);
    }

    private JobResult execute(String member, String jobName, String phase, List<StepDef> steps, String restart) {
        List<StepResult> results = new ArrayList<>();
        Map<String, StepResult> byName = new LinkedHashMap<>();
        boolean started = restart == null;
        boolean ended = false;
        if (restart != null && steps.stream().noneMatch(s -> s.name().equalsIgnoreCase(restart))) {
            run.notModelled(member, 1, "RESTART=" + restart + " names no step of the job");
            return new JobResult(member, jobName, phase, List.of());
        }
        java.util.Set<String> beforeRestart = new java.util.HashSet<>();
        for (StepDef def : steps) {
            boolean isRestartStep = !started && def.name().equalsIgnoreCase(restart);
            if (!started && !isRestartStep) {
                beforeRestart.add(def.name());
                results.add(new StepResult(def.name(), def.program(), StepResult.Status.NOT_RUN, null, List.of(),
                        List.of("before the restart step " + restart)));
                continue;
            }
            started = true;
            if (ended) {
                results.add(new StepResult(def.name(), def.program(), StepResult.Status.NOT_RUN, null, List.of(),
                        List.of("the job ended before this step")));
                continue;
            }
            Boolean guarded = guardsAllow(member, def, byName, beforeRestart);
            if (guarded == null) {
                ended = true;
                results.add(new StepResult(def.name(), def.program(), StepResult.Status.NOT_RUN, null, List.of(),
                        List.of("its IF condition is not modelled")));
                continue;
            }
            boolean bypass = !guarded || !isRestartStep && Cond.bypass(def.cond(), results, byName, beforeRestart, run,
                    member, def.line());
            if (bypass) {
                StepResult r = new StepResult(def.name(), def.program(), StepResult.Status.BYPASSED, null, List.of(),
                        List.of());
                results.add(r);
                byName.put(def.name(), r);
                continue;
            }
            run.beforeStep(member, def.name());
            StepResult r = runStep(member, def);
            results.add(r);
            byName.put(def.name(), r);
            if (r.status() != StepResult.Status.RAN) {
                ended = true;
            }
        }
        return new JobResult(member, jobName, phase, results);
    }

    /** True to run, false to skip, null when a condition cannot be evaluated. */
    private Boolean guardsAllow(String member, StepDef def, Map<String, StepResult> byName,
                                java.util.Set<String> beforeRestart) {
        for (Guard guard : def.guards()) {
            IfDef condition = guard.condition();
            if (condition.value == null) {
                condition.value = IfCondition.evaluate(condition.text, byName, beforeRestart, run, member,
                        condition.line);
                if (condition.value == null) {
                    return null;
                }
            }
            if (condition.value != guard.inThen()) {
                return false;
            }
        }
        return true;
    }

    private StepResult runStep(String member, StepDef def) {
        Fault fault = run.faults.stream().filter(f -> f.matches(member, def.name())).findFirst().orElse(null);
        if (def.program() == null) {
            run.notModelled(member, def.line(), "a step that runs no program given by PGM= (a procedure)");
            return new StepResult(def.name(), null, StepResult.Status.NOT_RUN, null, List.of(),
                    List.of("not modelled: a procedure step"));
        }
        Program program = programs.get(def.program());
        if (program == null) {
            run.notModelled(member, def.line(), "program " + def.program());
            return new StepResult(def.name(), def.program(), StepResult.Status.NOT_RUN, null, List.of(),
                    List.of("not modelled: program " + def.program()));
        }
        Step step = new Step(run, member, def.name(), def.program(), def.parm(), def.line(),
                fault == null ? null : fault.unit());
        for (Dd dd : def.dds()) {
            step.dds.computeIfAbsent(dd.name(), k -> new ArrayList<>()).add(dd);
        }
        String failure = Allocation.allocate(step);
        if (failure != null) {
            step.message(failure);
            return new StepResult(def.name(), def.program(), StepResult.Status.FAILED_ALLOCATION, null, step.changes,
                    step.messages);
        }
        if (fault != null && fault.rc() != null) {
            step.message("injected: the step ends with return code " + fault.rc());
            return new StepResult(def.name(), def.program(), StepResult.Status.RAN, fault.rc(), step.changes,
                    step.messages);
        }
        int rc = program.run(step);
        return new StepResult(def.name(), def.program(), StepResult.Status.RAN, rc, step.changes, step.messages);
    }

    /** Collects one step's EXEC and DD statements. */
    private final class StepBuilder {
        final String member;
        final String name;
        final int line;
        String program;
        String parm;
        String cond;
        final List<Dd> dds = new ArrayList<>();
        final List<Guard> guards;
        String lastDd;

        StepBuilder(String member, JclStatement exec, String operand, List<Guard> guards) {
            this.member = member;
            this.name = exec.name().toUpperCase(Locale.ROOT);
            this.line = exec.line();
            this.guards = guards;
            List<String> params = new JclStatement(exec.line(), exec.name(), "EXEC", operand, List.of()).parameters();
            for (String p : params) {
                int eq = p.indexOf('=');
                String key = eq < 0 ? "" : p.substring(0, eq).toUpperCase(Locale.ROOT);
                String value = eq < 0 ? p : p.substring(eq + 1);
                switch (key) {
                    case "PGM" -> program = value.toUpperCase(Locale.ROOT);
                    case "PARM" -> parm = Dd.unquote(value.startsWith("(") && value.endsWith(")")
                            ? value.substring(1, value.length() - 1) : value);
                    case "COND" -> cond = value;
                    default -> { }
                }
            }
        }

        void dd(JclStatement statement, Map<String, String> allSymbols, Map<String, String> jclSymbols,
                Map<String, String> systemSymbols) {
            String ddname = statement.name().isEmpty() ? lastDd : statement.name().toUpperCase(Locale.ROOT);
            if (ddname == null) {
                run.notModelled(member, statement.line(), "a DD statement without a ddname before it");
                return;
            }
            lastDd = ddname;
            String operand = Symbols.substitute(statement.operand(), allSymbols);
            Map<String, String> keywords = new LinkedHashMap<>();
            String positional = null;
            List<String> params = new JclStatement(statement.line(), ddname, "DD", operand, List.of()).parameters();
            for (int i = 0; i < params.size(); i++) {
                String p = params.get(i);
                int eq = p.indexOf('=');
                if (eq < 0 || p.startsWith("'")) {
                    if (i == 0) {
                        positional = p.toUpperCase(Locale.ROOT);
                    }
                    continue;
                }
                String key = p.substring(0, eq).toUpperCase(Locale.ROOT);
                key = switch (key) {
                    case "DSNAME" -> "DSN";
                    case "VOLUME" -> "VOL";
                    default -> key;
                };
                keywords.put(key, p.substring(eq + 1));
            }
            if (keywords.containsKey("DSN")) {
                keywords.put("DSN", keywords.get("DSN").toUpperCase(Locale.ROOT));
            }
            List<DataRecord> data = statement.data();
            String symbols = keywords.getOrDefault("SYMBOLS", "").toUpperCase(Locale.ROOT);
            if (!symbols.isEmpty() && !symbols.equals("NO") && !data.isEmpty()) {
                // "The type of symbol substitution used for the in-stream data is controlled by the
                // SYMBOLS keyword" (manual-syntax 7.4): JCLONLY substitutes JCL symbols (and SYSUID),
                // EXECSYS and CNVTSYS system symbols as well.
                Map<String, String> values = symbols.contains("JCLONLY") ? jclSymbols : allSymbols;
                List<DataRecord> substituted = new ArrayList<>();
                for (DataRecord r : data) {
                    substituted.add(new DataRecord(r.line(), Symbols.substitute(r.text(), values)));
                }
                data = substituted;
            }
            if (keywords.containsKey("DDNAME")) {
                run.notModelled(member, statement.line(), "DD DDNAME= (a forward reference)");
            }
            dds.add(new Dd(ddname, statement.line(), keywords, positional, data));
        }

        StepDef build() {
            return new StepDef(name, line, program, parm, cond, List.copyOf(dds), guards);
        }
    }
}
