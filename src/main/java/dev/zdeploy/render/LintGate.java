package dev.zdeploy.render;

import java.util.List;

/**
 * Checks a rendered member before anything is written. A finding is a bug in a template or a
 * statement writer, so generation stops with the member, line and rule.
 */
@FunctionalInterface
public interface LintGate {

    /** Findings as {@code member:line:column: rule: message} lines; empty when the member is clean. */
    List<String> check(String member, String text);
}
