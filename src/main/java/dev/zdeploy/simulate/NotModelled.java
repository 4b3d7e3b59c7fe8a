package dev.zdeploy.simulate;

/**
 * A statement the simulator does not model: the run that met it is incomplete.
 *
 * @param member the member
 * @param line   its line in the member
 * @param what   what is not modelled
 */
public record NotModelled(String member, int line, String what) {
    @Override
    public String toString() {
        return member + ":" + line + ": not modelled: " + what;
    }
}
