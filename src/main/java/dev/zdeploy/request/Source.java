package dev.zdeploy.request;

/**
 * The source of the deployment.
 *
 * @param type      swi or pswi
 * @param name      source software instance name
 * @param system    z/OSMF system nickname (top-level {@code "system"} is accepted here too)
 * @param directory pswi: UNIX directory holding the package on the driving system, else null
 */
public record Source(SourceType type, String name, String system, String directory) {}
