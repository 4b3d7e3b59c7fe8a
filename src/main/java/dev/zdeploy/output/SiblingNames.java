package dev.zdeploy.output;

import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The names zdeploy gives its own files beside a directory it writes, {@code .<name>.zdeploy-*}:
 * hidden, specific to that directory, and recognisable as zdeploy's if a crash left them behind. They
 * live beside it (same parent, so every rename stays on one file system and is atomic).
 *
 * @param target the directory being written
 */
record SiblingNames(Path target) {

    private static final SecureRandom RANDOM = new SecureRandom();

    private String prefix() {
        return "." + target.getFileName() + ".zdeploy-";
    }

    /** The lock file that makes runs on the target exclude each other. */
    Path lock() {
        return target.resolveSibling(prefix() + "lock");
    }

    /** The journal saying which update is in progress, for the next run to finish or undo. */
    Path journal() {
        return target.resolveSibling(prefix() + "journal");
    }

    /** Where the journal is written before it is renamed into place, so that it is never seen half written. */
    Path journalScratch() {
        return target.resolveSibling(prefix() + "journal-new");
    }

    /** A new staging directory name: the complete new content is built there. */
    Path newStaging() {
        return target.resolveSibling(prefix() + "tmp-" + random());
    }

    /** A new name for the previous content while it is exchanged. */
    Path newPrevious() {
        return target.resolveSibling(prefix() + "old-" + random());
    }

    /** Whether {@code name} (a file name in the target's parent) is a staging or previous directory of the target. */
    boolean isScratch(String name) {
        return name.matches(java.util.regex.Pattern.quote(prefix()) + "(tmp|old)-[0-9a-z]{1,13}");
    }

    private static String random() {
        return Long.toUnsignedString(RANDOM.nextLong(), 36);
    }
}
