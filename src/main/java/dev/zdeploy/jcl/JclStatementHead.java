package dev.zdeploy.jcl;

/**
 * What one record of a job is, as the linter's statement reader takes it: the start of a JCL
 * statement and its operation, a continuation, a comment, a JES2 control statement, a null
 * statement or data. Lets a caller judge records by meaning with the same reader the linter uses.
 *
 * @param line      the record's number, from 1
 * @param kind      what the record is
 * @param operation STATEMENT: the operation in upper case ({@code JOB}, {@code EXEC}, ...); COMMENT:
 *                  the word right after {@code //*} ({@code MAIN} for JES3 {@code //*MAIN}); JES: the
 *                  word right after {@code /*} ({@code JOBPARM}, empty for the delimiter); else empty
 */
public record JclStatementHead(int line, Kind kind, String operation) {

    /** The kinds of record. */
    public enum Kind { STATEMENT, CONTINUATION, COMMENT, JES, NULL, DATA }
}
