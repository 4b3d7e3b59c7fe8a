package dev.zdeploy.simulate;

/** A program the simulator runs: reads its DDs and control statements, changes the state, returns its RC. */
@FunctionalInterface
interface Program {
    int run(Step step);
}
