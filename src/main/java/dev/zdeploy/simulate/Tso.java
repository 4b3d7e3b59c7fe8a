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
 * Command Reference, "MOUNT", "UNMOUNT") change the UNIX view. Each command is a unit of work.
 * After a command that ends with a return code other than 0 (manual-syntax 6, TSO/E in batch):
 * <ul>
 *   <li>IKJEFT01 goes on ("When a command completes with a non-zero return code, the program goes to
 *       the next command": TSO/E User's Guide, "EXEC Statement"), and the step ends with the return code
 *       of the last command ("The return code from the next command replaces the return code": TSO/E
 *       Customization, "Writing JCL for command execution");</li>
 *   <li>IKJEFT1A stops there, with that return code ("IKJEFT1A saves this return code in register 15
 *       and then terminates");</li>
 *   <li>IKJEFT1B: its text was not retrieved, so the commands after such a one are reported as not
 *       modelled rather than guessed.</li>
 * </ul>
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
        String program = step.program.toUpperCase(Locale.ROOT);
        int rc = 0;
        for (MarkedCommands.Command command : MarkedCommands.tso(records).commands()) {
            if (rc != 0 && program.equals("IKJEFT1A")) {
                step.message("IKJEFT1A ends with return code " + rc + ": the commands after it do not run");
                return rc;
            }
            if (rc != 0 && !program.equals("IKJEFT01")) {
                step.notModelled(command.line(), program + " after a command that ended with return code " + rc);
                return rc;
            }
            rc = command(step, command);
        }
        return rc;
    }

    /** Runs one command: its return code. */
    private int command(Step step, MarkedCommands.Command command) {
        String text = command.text();
        String verb = text.split("\\s+")[0].toUpperCase(Locale.ROOT);
        if (step.nextUnitFails()) {
            step.message(verb + " failed (injected)");
            return 12;
        }
        if (RACF_LISTS.contains(verb)) {
            // RACF Command Language Reference, "LISTDSD", "LISTGRP", "LISTUSER", "RLIST", "SEARCH": they list
            // profiles and change nothing (the model has no security database to list from).
            step.message("RACF listing, nothing changes: " + text);
            return 0;
        }
        if (RACF.contains(verb)) {
            step.state().racfCommands.add(text);
            step.change("RACF command recorded: " + text);
            return 0;
        }
        return switch (verb) {
            case "MOUNT" -> mount(step, command);
            case "UNMOUNT", "UNMNT" -> unmount(step, command);
            default -> {
                step.notModelled(command.line(), "TSO/E command " + verb);
                yield 12;
            }
        };
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
