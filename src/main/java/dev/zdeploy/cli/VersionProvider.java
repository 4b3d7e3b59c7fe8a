package dev.zdeploy.cli;

import picocli.CommandLine;

/** The version from the jar manifest ({@code Implementation-Version}), or "development" outside a jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {version()};
    }

    /** "zdeploy 0.1.0", as {@code --version} prints it. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "zdeploy " + (version == null ? "development" : version);
    }
}
