package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.MarkedCommands;
import dev.zdeploy.jcl.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The TSO/E terminal monitor in batch (IKJEFT01, IKJEFT1A, IKJEFT1B): SYSTSIN read with the TSO/E
 * reader ({@link MarkedCommands}). RACF commands are recorded in the state, not enforced (the model
 * has no security database); MOUNT and UNMOUNT (TSO/E Command Reference; UNIX System Services
 * Command Reference, "MOUNT", "UNMOUNT") change the UNIX view. Each command is a unit of work. The
 * step's return code is the highest command return code (the difference between IKJEFT01 and
 * IKJEFT1A/1B after an error is not in what we retrieved: manual-syntax 9).
 */
final class Tso implements Program {

    private static final Set<String> RACF = Set.of("ADDGROUP", "AG", "ADDSD", "AD", "PERMIT", "PE", "SETROPTS", "SETR",
            "ALTUSER", "ALU", "CONNECT", "CO", "RDEFINE", "RDEF", "ADDUSER", "AU", "ALTDSD", "ALD", "DELDSD", "DD",
            "RALTER", "RALT", "ALTGROUP", "ALG", "REMOVE", "RE", "DELGROUP", "DG", "RDELETE", "RDEL");
    private static final Set<String> RACF_LISTS = Set.of("LISTDSD", "LD", "LISTGRP", "LG", "RLIST", "RL", "SEARCH",
            "SR", "LISTUSER", "LU");

    @Override
    public int run(Step step) {
        List<DataRecord> records = step.controlRecords("SYSTSIN");
        if (records == null) {
            return 12;
        }
        int rc = 0;
        for (MarkedCommands.Command command : MarkedCommands.tso(records).commands()) {
            String text = command.text();
            String verb = text.split("\\s+")[0].toUpperCase(Locale.ROOT);
            if (step.nextUnitFails()) {
                step.message(verb + " failed (injected)");
                rc = Math.max(rc, 12);
                continue;
            }
            if (RACF_LISTS.contains(verb)) {
                // RACF Command Language Reference, "LISTDSD", "LISTGRP", "LISTUSER", "RLIST", "SEARCH": they list
                // profiles and change nothing (the model has no security database to list from).
                step.message("RACF listing, nothing changes: " + text);
                continue;
            }
            if (RACF.contains(verb)) {
                step.state().racfCommands.add(text);
                step.change("RACF command recorded: " + text);
                continue;
            }
            switch (verb) {
                case "MOUNT" -> rc = Math.max(rc, mount(step, command));
                case "UNMOUNT", "UNMNT" -> rc = Math.max(rc, unmount(step, command));
                default -> {
                    step.notModelled(command.line(), "TSO/E command " + verb);
                    rc = Math.max(rc, 12);
                }
            }
        }
        return rc;
    }

    private int mount(Step step, MarkedCommands.Command command) {
        Map<String, String> operands = operands(step, command, Set.of("FILESYSTEM", "MOUNTPOINT", "TYPE", "MODE"));
        if (operands == null) {
            return 12;
        }
        String failure = UnixCommands.mount(step, operands.getOrDefault("FILESYSTEM", ""),
                operands.getOrDefault("MOUNTPOINT", ""), operands.getOrDefault("TYPE", "HFS"));
        if (failure != null) {
            step.message("MOUNT: " + failure);
            return 12;
        }
        return 0;
    }

    private int unmount(Step step, MarkedCommands.Command command) {
        Map<String, String> operands = operands(step, command, Set.of("FILESYSTEM", "NORMAL", "IMMEDIATE", "FORCE",
                "DRAIN"));
        if (operands == null) {
            return 12;
        }
        String failure = UnixCommands.unmount(step, operands.getOrDefault("FILESYSTEM", ""));
        if (failure != null) {
            step.message("UNMOUNT: " + failure);
            return 12;
        }
        return 0;
    }

    private Map<String, String> operands(Step step, MarkedCommands.Command command, Set<String> known) {
        Map<String, String> out = new java.util.HashMap<>();
        List<Parameter> params;
        try {
            params = Parameter.parse(command.text().substring(command.text().indexOf(' ') + 1));
        } catch (RuntimeException e) {
            step.message(command.text() + ": " + e.getMessage());
            return null;
        }
        for (Parameter p : params) {
            String key = p.upper();
            if (!known.contains(key)) {
                step.notModelled(command.line(), "operand " + p.word() + " of " + command.text());
                return null;
            }
            String value = p.hasList() && !p.list().isEmpty() ? p.list().get(0).word() : "";
            out.put(key, value);
        }
        return out;
    }
}
