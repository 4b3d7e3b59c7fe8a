package dev.zdeploy.request;

/** One {@code then} entry of a rename rule: change {@code property} from pattern to pattern. */
public record RenameAction(String property, String from, String to) {}
