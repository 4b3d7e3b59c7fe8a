package dev.zdeploy.jcl;

/**
 * One record of in-stream data, as the member holds it.
 *
 * @param line its line in the member, from 1
 * @param text the record, without its line end
 */
public record DataRecord(int line, String text) {}
