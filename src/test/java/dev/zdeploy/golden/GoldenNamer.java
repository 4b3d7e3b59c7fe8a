package dev.zdeploy.golden;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names the approved file of member M of scenario S exactly {@code golden/S/M} (no ApprovalTests
 * suffix), so the golden directory is a PDS-style directory as the CLI writes it; received files go
 * under {@code target/golden-received/S/M}.
 */
final class GoldenNamer implements ApprovalNamer {

    private final Path approved;
    private final Path received;

    GoldenNamer(Path goldenRoot, Path receivedRoot, String scenario, String file) {
        this.approved = goldenRoot.resolve(scenario).resolve(file);
        this.received = receivedRoot.resolve(scenario).resolve(file);
    }

    @Override
    public File getApprovedFile(String extensionWithDot) {
        return approved.toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
        received.getParent().toFile().mkdirs();
        return received.toFile();
    }

    @Override
    public String getApprovalName() {
        return approved.getFileName().toString();
    }

    @Override
    public String getSourceFilePath() {
        return approved.getParent().toString() + File.separator;
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
        return this;
    }

    @Override
    public String getAdditionalInformation() {
        return "";
    }
}
