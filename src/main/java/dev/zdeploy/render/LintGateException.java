package dev.zdeploy.render;

import java.util.List;

/** A rendered member broke the output policy; nothing was written. */
public final class LintGateException extends RuntimeException {

    private final transient List<String> findings;

    /** @param findings what is wrong, one line each ({@code member:line:column: rule: message} where known) */
    public LintGateException(List<String> findings) {
        super("generated JCL breaks the output policy (a bug in a template or statement writer; nothing was written):\n"
                + String.join("\n", findings));
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}
