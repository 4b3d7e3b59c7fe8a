package dev.zdeploy.output;

import dev.zdeploy.jcl.NameRules;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an existing output directory holds, sorted into what zdeploy manages and what it must not
 * touch. Managed: regular files named like a member, {@code .zdeploy/manifest.json}, and scratch files
 * an interrupted run left behind. Links are never followed: a link is foreign even if its name fits.
 *
 * @param entries  how many entries the directory has at its top level
 * @param members  member names of the member files present
 * @param manifest the manifest file, or null when there is none
 * @param scratch  leftover scratch files of an earlier run
 * @param foreign  everything else, sorted
 */
record TargetContent(int entries, SortedSet<String> members, Path manifest, List<Path> scratch, List<Path> foreign) {

    static final String MANIFEST_DIRECTORY = ".zdeploy";
    static final String MANIFEST_FILE = "manifest.json";

    static TargetContent scan(Path directory) throws IOException {
        SortedSet<String> members = new TreeSet<>();
        List<Path> scratch = new ArrayList<>();
        List<Path> foreign = new ArrayList<>();
        Path manifest = null;
        int entries = 0;
        for (Path entry : list(directory)) {
            entries++;
            String name = entry.getFileName().toString();
            if (isPlainFile(entry) && NameRules.memberName(name).isEmpty()) {
                members.add(name);
            } else if (isPlainFile(entry) && ScratchFiles.isScratchName(name)) {
                scratch.add(entry);
            } else if (name.equals(MANIFEST_DIRECTORY) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                manifest = scanManifestDirectory(entry, scratch, foreign);
            } else {
                foreign.add(entry);
            }
        }
        foreign.sort(null);
        return new TargetContent(entries, members, manifest, List.copyOf(scratch), List.copyOf(foreign));
    }

    boolean isEmpty() {
        return entries == 0;
    }

    private static Path scanManifestDirectory(Path directory, List<Path> scratch, List<Path> foreign)
            throws IOException {
        Path manifest = null;
        for (Path entry : list(directory)) {
            String name = entry.getFileName().toString();
            if (isPlainFile(entry) && name.equals(MANIFEST_FILE)) {
                manifest = entry;
            } else if (isPlainFile(entry) && ScratchFiles.isScratchName(name)) {
                scratch.add(entry);
            } else {
                foreign.add(entry);
            }
        }
        return manifest;
    }

    private static boolean isPlainFile(Path entry) {
        return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
    }

    private static List<Path> list(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }
}
