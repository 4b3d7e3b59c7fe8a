package dev.zdeploy.cli;

/** zdeploy's exit statuses. */
final class ExitStatus {
    static final int OK = 0;
    static final int LINT_FINDINGS = 1;
    static final int INVALID_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    private ExitStatus() {}
}
