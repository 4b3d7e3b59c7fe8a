package dev.zdeploy.descriptor;

/** Where a workflow definition file is: an SMP/E element, a data set (member) or a UNIX path. */
public record WorkflowLocation(String smptype, String smpname, String dsname, String path) {}
