package dev.zdeploy.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What zdeploy wrote into a directory, kept in {@value #PATH} beside what it lists: each file's path
 * relative to the directory, its size and its SHA-256. It is the only evidence that a file is
 * zdeploy's to rewrite or remove: a file it does not list, or whose bytes no longer match (edited by
 * hand), belongs to the user and is never touched.
 *
 * <p>A record that is not exactly what zdeploy writes (not JSON, unknown fields, a path with {@code ..},
 * an absolute path, a name zdeploy would never write) is not trusted at all: {@link #parse} then says
 * why, and nothing in the directory counts as zdeploy's.
 *
 * @param files path to what zdeploy wrote there, sorted by path
 */
record OwnershipRecord(NavigableMap<String, Written> files) {

    /** Where the record lives, relative to the directory it describes. */
    static final String PATH = ".zdeploy/files.json";
    /** The directory of zdeploy's own files in an output directory. */
    static final String OWN_DIRECTORY = ".zdeploy";
    /** A record larger than this is not one zdeploy wrote (100,000 files of about 100 bytes each). */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String FORMAT_FIELD = "zdeployFiles";
    private static final int FORMAT = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** One name in a path: what members, templates and {@code .zdeploy} are made of; never {@code .} or {@code ..}. */
    private static final Pattern NAME = Pattern.compile("(\\.zdeploy|[A-Za-z0-9@#$_][A-Za-z0-9@#$_.-]{0,99})");
    private static final int MAX_DEPTH = 8;
    /** Strict: a key given twice is not something zdeploy wrote, whichever value a parser would keep. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * One file as zdeploy wrote it.
     *
     * @param size   its length in bytes
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     */
    record Written(long size, String sha256) {

        static Written of(byte[] bytes) {
            return new Written(bytes.length, OwnershipRecord.sha256(bytes));
        }
    }

    OwnershipRecord {
        files = new TreeMap<>(files);
    }

    /** The record of {@code files}, which are about to be written. */
    static OwnershipRecord of(List<OutputFile> files) {
        NavigableMap<String, Written> written = new TreeMap<>();
        for (OutputFile file : files) {
            written.put(file.path(), Written.of(file.bytes()));
        }
        return new OwnershipRecord(written);
    }

    /** The record as zdeploy writes it: stable key order, LF line ends, one file a line. */
    byte[] bytes() {
        StringBuilder text = new StringBuilder("{\n  \"" + FORMAT_FIELD + "\" : " + FORMAT + ",\n  \"files\" : [");
        String separator = "\n";
        for (Map.Entry<String, Written> file : files.entrySet()) {
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            entry.put("path", file.getKey());
            entry.put("size", file.getValue().size());
            entry.put("sha256", file.getValue().sha256());
            text.append(separator).append("    ").append(entry.toString());
            separator = ",\n";
        }
        text.append(files.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a record back.
     *
     * @return the record, or empty when {@code bytes} is not a record zdeploy wrote; {@code why} then
     *         receives the reason
     */
    static Optional<OwnershipRecord> parse(byte[] bytes, StringBuilder why) {
        if (bytes.length > MAX_BYTES) {
            why.append("larger than ").append(MAX_BYTES).append(" bytes");
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the file's text; the reason needs no more than this.
            why.append("not JSON");
            return Optional.empty();
        } catch (java.io.IOException e) {
            why.append("unreadable");
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !fieldsAre(root, Set.of(FORMAT_FIELD, "files"))) {
            why.append("not a zdeploy file record (an object with exactly \"" + FORMAT_FIELD + "\" and \"files\")");
            return Optional.empty();
        }
        if (!root.get(FORMAT_FIELD).isInt() || root.get(FORMAT_FIELD).intValue() != FORMAT) {
            why.append("\"" + FORMAT_FIELD + "\" is not " + FORMAT);
            return Optional.empty();
        }
        if (!(root.get("files") instanceof ArrayNode list)) {
            why.append("\"files\" is not a list");
            return Optional.empty();
        }
        NavigableMap<String, Written> files = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = "/files/" + i;
            if (!entry.isObject() || !fieldsAre(entry, Set.of("path", "size", "sha256")) || !entry.get("path").isTextual()
                    || !entry.get("size").isIntegralNumber() || !entry.get("size").canConvertToLong()
                    || !entry.get("sha256").isTextual()) {
                why.append(at).append(" is not {\"path\", \"size\", \"sha256\"}");
                return Optional.empty();
            }
            String path = entry.get("path").textValue();
            Optional<String> badPath = pathProblem(path);
            if (badPath.isPresent()) {
                why.append(at).append("/path ").append(OutputText.shown(path)).append(' ').append(badPath.get());
                return Optional.empty();
            }
            String sha256 = entry.get("sha256").textValue();
            long size = entry.get("size").longValue();
            if (!SHA256.matcher(sha256).matches() || size < 0) {
                why.append(at).append(" has no valid size and SHA-256");
                return Optional.empty();
            }
            if (files.put(path, new Written(size, sha256)) != null) {
                why.append(at).append("/path ").append(OutputText.shown(path)).append(" is listed twice");
                return Optional.empty();
            }
        }
        return Optional.of(new OwnershipRecord(files));
    }

    /**
     * Why {@code path} cannot be a file zdeploy wrote, if it cannot: it must be relative, made of plain
     * names separated by {@code /} (no {@code .}, {@code ..}, empty names or backslashes), and not the
     * record itself.
     */
    static Optional<String> pathProblem(String path) {
        if (path.startsWith("/")) {
            return Optional.of("is absolute");
        }
        String[] names = path.split("/", -1);
        if (names.length > MAX_DEPTH) {
            return Optional.of("is nested too deep");
        }
        for (String name : names) {
            if (name.equals("..") || name.equals(".")) {
                return Optional.of("leaves its directory or is not normalized (" + name + ")");
            }
            if (!NAME.matcher(name).matches()) {
                return Optional.of("is not a name zdeploy writes");
            }
        }
        if (path.equals(PATH) || path.equals(OWN_DIRECTORY)) {
            return Optional.of("is zdeploy's own bookkeeping");
        }
        return Optional.empty();
    }

    private static boolean fieldsAre(JsonNode object, Set<String> names) {
        int count = 0;
        for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); count++) {
            if (!names.contains(fields.next())) {
                return false;
            }
        }
        return count == names.size();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /** The SHA-256 of a file's bytes, read in pieces: a file of any size takes no more memory than a buffer. */
    static String sha256(java.nio.file.Path file) throws java.io.IOException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh SHA-256 digest, for a file hashed as it is streamed. */
    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
