package dev.zdeploy.cli;

import dev.zdeploy.problem.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints the warnings of a plan (those of its inputs first) on standard error, one per line. */
final class Warnings {

    private Warnings() {}

    static void print(List<Problem> warnings, PrintWriter err) {
        warnings.forEach(warning -> err.println(warning.format()));
        err.flush();
    }
}
