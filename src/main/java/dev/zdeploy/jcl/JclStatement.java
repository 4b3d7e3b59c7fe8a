package dev.zdeploy.jcl;

import java.util.List;

/**
 * One JCL statement as z/OS reads it, its continuations joined: the name field, the operation and
 * the operand field without the comment field (MVS JCL Reference, "JCL statement fields",
 * "Continuing the parameter field").
 *
 * @param line      the line of its first record, from 1
 * @param name      the name field (empty when none)
 * @param operation the operation in upper case (JOB, EXEC, DD, IF, ELSE, ENDIF, SET, ...)
 * @param operand   the operand field, continuations joined; for IF the text after IF up to and
 *                  including THEN
 * @param data      for a DD * or DD DATA statement its in-stream records, else empty
 */
public record JclStatement(int line, String name, String operation, String operand, List<DataRecord> data) {

    public JclStatement {
        data = List.copyOf(data);
    }

    /** The operand's parameters, split at commas outside apostrophes and parentheses. */
    public List<String> parameters() {
        return Operands.split(operand);
    }
}
