package dev.zdeploy.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an existing directory holds, sorted into what zdeploy wrote and may therefore rewrite or
 * remove, and everything else, which it must not touch. A file is zdeploy's only when the directory's
 * {@link OwnershipRecord} lists it and its bytes are still those zdeploy wrote; links are never
 * followed (a link is the user's even where a member should be), and a directory is entered only
 * when the record lists something inside it.
 *
 * @param entries how many entries the directory has at its top level
 * @param record  the directory's trusted record, or null when it has none or one zdeploy did not write
 * @param ours    paths (relative, {@code /} between names) of the files the record lists and that still
 *                hold what zdeploy wrote, sorted; the record itself is not among them
 * @param foreign everything zdeploy must leave alone, sorted by path, each with the reason
 */
record TargetContent(int entries, OwnershipRecord record, SortedSet<String> ours, List<Foreign> foreign) {

    /** A file (or directory, link, ...) zdeploy did not write, and why it counts as the user's. */
    record Foreign(String path, String why) {

        @Override
        public String toString() {
            return OutputText.shown(path) + " (" + why + ")";
        }
    }

    static TargetContent scan(Path directory) throws IOException {
        return scan(directory, true);
    }

    /**
     * As {@link #scan(Path)}; without {@code digests}, a listed file of the recorded size counts as
     * zdeploy's unread: a quick look that finds what is plainly not zdeploy's, to be confirmed by a
     * full scan before anything is touched.
     */
    static TargetContent scan(Path directory, boolean digests) throws IOException {
        StringBuilder recordProblem = new StringBuilder();
        OwnershipRecord record = readRecord(directory, recordProblem);
        Scan scan = new Scan(record, recordProblem.toString(), digests);
        int entries = scan.walk(directory, "");
        scan.foreign.sort((a, b) -> a.path().compareTo(b.path()));
        return new TargetContent(entries, record, scan.ours, List.copyOf(scan.foreign));
    }

    boolean isEmpty() {
        return entries == 0;
    }

    /** The directory's record, or null; {@code problem} says why a record that exists is not trusted. */
    private static OwnershipRecord readRecord(Path directory, StringBuilder problem) throws IOException {
        Path own = directory.resolve(OwnershipRecord.OWN_DIRECTORY);
        Path file = directory.resolve(OwnershipRecord.PATH);
        if (!Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problem.append("not a regular file");
            return null;
        }
        Optional<byte[]> bytes = readAtMost(file, OwnershipRecord.MAX_BYTES);
        if (bytes.isEmpty()) {
            problem.append("larger than ").append(OwnershipRecord.MAX_BYTES).append(" bytes");
            return null;
        }
        return OwnershipRecord.parse(bytes.get(), problem).orElse(null);
    }

    /** The file's bytes, or empty when it holds more than {@code limit}; never reads more than that. */
    private static Optional<byte[]> readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        }
    }

    /** One walk over the directory, collecting into its lists. */
    private static final class Scan {
        private final OwnershipRecord record;
        private final String recordProblem;
        private final SortedSet<String> ours = new TreeSet<>();
        private final List<Foreign> foreign = new ArrayList<>();

        private final boolean digests;

        Scan(OwnershipRecord record, String recordProblem, boolean digests) {
            this.digests = digests;
            this.record = record;
            this.recordProblem = recordProblem;
        }

        /** Sorts the entries of {@code directory} (at {@code prefix} below the root); returns how many there are. */
        int walk(Path directory, String prefix) throws IOException {
            List<Path> entries = list(directory);
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String path = prefix + name;
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    foreign.add(new Foreign(path, "a symbolic link"));
                } else if (attributes.isDirectory()) {
                    if (path.equals(OwnershipRecord.OWN_DIRECTORY) || listsBelow(path)) {
                        walk(entry, path + "/");
                    } else {
                        foreign.add(new Foreign(path, "a directory zdeploy did not create"));
                    }
                } else if (!attributes.isRegularFile()) {
                    foreign.add(new Foreign(path, "not a regular file"));
                } else if (path.equals(OwnershipRecord.PATH)) {
                    if (record == null) {
                        foreign.add(new Foreign(path, "not a record zdeploy wrote: " + recordProblem));
                    }
                } else {
                    classifyFile(entry, path, attributes.size());
                }
            }
            return entries.size();
        }

        private void classifyFile(Path file, String path, long size) throws IOException {
            OwnershipRecord.Written written = record == null ? null : record.files().get(path);
            if (written == null) {
                foreign.add(new Foreign(path, "not written by zdeploy: " + (record != null
                        ? OwnershipRecord.PATH + " does not list it"
                        : recordProblem.isEmpty() ? "there is no " + OwnershipRecord.PATH
                        : OwnershipRecord.PATH + " is not zdeploy's")));
            } else if (size != written.size() || digests && !OwnershipRecord.sha256(file).equals(written.sha256())) {
                foreign.add(new Foreign(path, "changed since zdeploy wrote it"));
            } else {
                ours.add(path);
            }
        }

        private boolean listsBelow(String directory) {
            if (record == null) {
                return false;
            }
            String prefix = directory + "/";
            String next = record.files().ceilingKey(prefix);
            return next != null && next.startsWith(prefix);
        }

        private List<Path> list(Path directory) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                stream.forEach(entries::add);
            }
            entries.sort(null);
            return entries;
        }
    }
}
