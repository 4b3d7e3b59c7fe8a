package dev.zdeploy.render;

import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import java.util.List;

/** The lint gate of every render: zdeploy's own linter in its output-policy mode. */
public final class PolicyLintGate implements LintGate {

    private final Linter linter = new Linter(Linter.Mode.POLICY);

    @Override
    public List<String> check(String member, String text) {
        return linter.lint(member, text).stream().map(LintFinding::format).toList();
    }
}
