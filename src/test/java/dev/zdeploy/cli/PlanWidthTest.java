package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan a person reads fits 100 columns, for every golden scenario (long notes continue indented). */
class PlanWidthTest {

    @ParameterizedTest
    @MethodSource("dev.zdeploy.cli.GoldenThroughCliTest#scenarios")
    void everyLineOfThePlanFits100Columns(String scenario) {
        String plan = run(Cli.args("plan", Cli.goldenInputs(scenario))).assertOkWithWarnings().out();

        plan.lines().forEach(line -> assertTrue(line.length() <= 100, line.length() + ": " + line));
        assertTrue(plan.lines().noneMatch(line -> line.endsWith(" ")), "no trailing blanks");
    }
}
