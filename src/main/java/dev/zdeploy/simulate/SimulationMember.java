package dev.zdeploy.simulate;

/**
 * A member to simulate and why it runs.
 *
 * @param name member name
 * @param text its text
 * @param role SUBMITTED (in run order), CLEANUP (run after the deployment, its effect checked too),
 *             NOT_SUBMITTED (a sample such as the RACF job: not run)
 */
public record SimulationMember(String name, String text, Role role) {

    /** Why a member runs. */
    public enum Role { SUBMITTED, CLEANUP, NOT_SUBMITTED }
}
