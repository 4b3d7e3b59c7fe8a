package dev.zdeploy.simulate;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A member to simulate and why it runs. Its text is asked for each time a job runs it ({@link #text()}):
 * a member read from a file ({@link #read}) is read then and not held between, so a simulation holds one
 * job's text and statements at a time, not every member's text for the whole run.
 */
public final class SimulationMember {

    /** Why a member runs. */
    public enum Role { SUBMITTED, CLEANUP, NOT_SUBMITTED }

    private final String name;
    private final Supplier<String> text;
    private final Role role;

    /**
     * @param name member name
     * @param text its text
     * @param role SUBMITTED (in run order), CLEANUP (run after the deployment, its effect checked too),
     *             NOT_SUBMITTED (a sample such as the RACF job: not run)
     */
    public SimulationMember(String name, String text, Role role) {
        this(name, () -> text, role);
        Objects.requireNonNull(text, "text");
    }

    private SimulationMember(String name, Supplier<String> text, Role role) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = text;
        this.role = Objects.requireNonNull(role, "role");
    }

    /** A member whose text {@code read} gives each time it is asked for (e.g. reading a file). */
    public static SimulationMember read(String name, Supplier<String> read, Role role) {
        return new SimulationMember(name, Objects.requireNonNull(read, "read"), role);
    }

    public String name() {
        return name;
    }

    /** The member's text, read now when the member was made by {@link #read}. */
    public String text() {
        return text.get();
    }

    public Role role() {
        return role;
    }

    @Override
    public String toString() {
        return name + " (" + role + ")";
    }
}
