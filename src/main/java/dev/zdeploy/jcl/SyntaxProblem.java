package dev.zdeploy.jcl;

/**
 * A syntax problem a utility-language reader found, which the linter reports as a finding.
 *
 * @param line    line in the member, from 1
 * @param column  column, from 1
 * @param rule    the lint rule it breaks
 * @param message what is wrong
 */
public record SyntaxProblem(int line, int column, LintRule rule, String message) {}
