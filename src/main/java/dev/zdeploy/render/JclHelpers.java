package dev.zdeploy.render;

/**
 * The statement writers of {@code dev.zdeploy.jcl}, as the {@code jcl} variable of every template:
 * templates call these and never count columns.
 */
public final class JclHelpers {
}
