package dev.zdeploy.output;

import dev.zdeploy.jcl.JclSyntaxException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes an {@link IebupdteDeck} as the one member of an output directory, named
 * {@value IebupdteDeck#DEFAULT_JOB_NAME}, beside {@code .zdeploy/manifest.json}, with the same bytes as
 * {@link IebupdteDeck#build} and the same directory update as {@link PdsDirectoryWriter} (all or nothing,
 * locked, put right after a crash, nothing foreign touched), holding one member at a time:
 *
 * <ol>
 *   <li>each member, as it is handed over, is checked and its {@code ./ ADD} statement and records
 *       appended to a work file in the staging directory ({@link DirectoryUpdate#scratch});
 *   <li>after the last one the deck's own problems are thrown, in {@link IebupdteDeck#build}'s order;
 *   <li>the deck is written: the header, which names the member count and the delimiter (the first pair
 *       no member record begins with, known only now), the work file copied, the trailer; the work file
 *       is deleted.
 * </ol>
 *
 * So the deck's records are written twice, which costs a sequential copy, instead of holding a deck that
 * grows with the deployment (1.3 GB at a million data sets).
 */
public final class IebupdteDeckWriter {

    private static final int PIECE = 64 * 1024;

    private final FileWriteHook hook;

    public IebupdteDeckWriter() {
        this(FileWriteHook.NONE);
    }

    IebupdteDeckWriter(FileWriteHook hook) {
        this.hook = hook;
    }

    /**
     * Writes the deck loading {@code members} into {@code jcldataset} under {@code jobStatementCards} (or
     * {@code //IZUDLOAD JOB (ACCOUNT),'NAME'} when empty), and the manifest, to {@code directory}. An
     * exception thrown by {@code members} (a member that fails its lint gate or template) or a deck problem
     * leaves the directory as it was.
     *
     * @throws JclSyntaxException               a name, card or member that the deck cannot carry, with the
     *                                          rule broken, thrown after the last member
     * @throws OutputDirectoryNotEmptyException the directory holds other output and {@code force} is not set
     * @throws ForeignContentException          the directory holds files zdeploy did not write
     * @throws DirectoryLockedException         another zdeploy run is writing the directory
     * @throws IOException                      the directory could not be written; the message names it and the cause
     */
    public WriteReport write(Path directory, List<String> jobStatementCards, String jcldataset, MemberSource members,
            TextContent manifest, boolean force) throws IOException {
        try (DirectoryUpdate update = DirectoryUpdate.open(directory, WriteFailures.OUTPUT, force, hook)) {
            DeckAssembly deck = new DeckAssembly(jobStatementCards, null, jcldataset);
            Path body = update.scratch(IebupdteDeck.DEFAULT_JOB_NAME);
            update.run(() -> {
                try (OutputStream out = new BufferedOutputStream(
                        Files.newOutputStream(body, StandardOpenOption.WRITE), PIECE)) {
                    members.forEach(member -> {
                        if (deck.add(member)) {
                            writeAscii(DeckAssembly.addStatement(member), out);
                            writeAscii(member.text(), out);
                        }
                    });
                }
                deck.check();
            });
            update.add(IebupdteDeck.DEFAULT_JOB_NAME, out -> {
                writeAscii(deck.header(), out);
                Files.copy(body, out);
                writeAscii(deck.trailer(), out);
            });
            update.removeScratch(body);
            update.add(PdsDirectoryWriter.MANIFEST, manifest, StandardCharsets.UTF_8);
            return PdsDirectoryWriter.report(update.commit());
        }
    }

    /** {@code text} as US-ASCII bytes, a piece at a time: a member of 300 MB is not copied whole into bytes. */
    private static void writeAscii(String text, OutputStream out) throws IOException {
        for (int from = 0; from < text.length(); from += PIECE) {
            out.write(text.substring(from, Math.min(text.length(), from + PIECE)).getBytes(StandardCharsets.US_ASCII));
        }
    }
}
