package dev.zdeploy.cli;

import picocli.CommandLine;

/** The version from the jar manifest ({@code Implementation-Version}), or "development" outside a jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"zdeploy " + (version == null ? "development" : version)};
    }
}
