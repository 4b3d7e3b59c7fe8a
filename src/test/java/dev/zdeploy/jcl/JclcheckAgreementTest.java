package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.zdeploy.testing.Jclcheck;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared independent checker ({@code /work/shared/bin/jclcheck}, Python) and this linter agree
 * on writer output and on broken members of the rules both know. Skipped where the checker is not
 * installed. jclcheck does not carry an open apostrophe into a continuation record, so it misreads
 * a value in apostrophes continued into column 16 (which the JCL Reference allows and the writers
 * produce); such statements are left out of the shared sample.
 */
class JclcheckAgreementTest {

    private static List<String> jclcheck(Path dir) throws IOException, InterruptedException {
        Optional<Jclcheck.Result> result = Jclcheck.run(dir);
        assumeTrue(result.isPresent(), "jclcheck (or python3) is not here");
        return result.get().lines();
    }

    private static boolean continuesAnApostropheValue(List<String> cards) {
        return cards.size() > 1 && cards.stream().anyMatch(c -> c.chars().filter(ch -> ch == '\'').count() % 2 == 1);
    }

    @Test
    void bothAcceptWriterOutput(@TempDir Path dir) throws IOException, InterruptedException {
        int members = 0;
        for (int length : Cards.LENGTHS) {
            List<String> records = new ArrayList<>(JclWriter.job("IZUD" + String.format("%04d", length), "(ACCOUNT)",
                    "'ZDEPLOY'", "CLASS=A", "MSGCLASS=X", "NOTIFY=&SYSUID"));
            records.addAll(JclWriter.comment(Cards.words(Cards.prose(length, length).replace('\'', 'Q'), 40)));
            List<String> exec = JclWriter.exec("STEP1", "PGM=IEBGENER", "PARM='" + Cards.pathText(Math.min(length, 90), 1)
                    + "'", "COND=(0,LT)");
            records.addAll(continuesAnApostropheValue(exec) ? JclWriter.exec("STEP1", "PGM=IEBGENER", "COND=(0,LT)") : exec);
            List<String> serials = new ArrayList<>();
            for (int i = 0; i * 7 < length; i++) {
                serials.add(String.format("V%05d", i));
            }
            records.addAll(JclWriter.dd("SYSUT1", "DSN=ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG(MEMBER01)", "DISP=SHR",
                    "UNIT=3390", "VOL=SER=(" + String.join(",", serials) + ")"));
            List<String> path = JclWriter.dd("SYSUT2", "PATH=" + JclWriter.quote(Cards.path(length)), "PATHOPTS=ORDONLY");
            if (!continuesAnApostropheValue(path)) {
                records.addAll(path);
            }
            records.addAll(JclWriter.dd("SYSIN", "*"));
            records.addAll(IdcamsWriter.command("DELETE (" + String.join(" ", Cards.dataSetNames(1 + length / 40, "SOURCEHQ"))
                    + ") NONVSAM"));
            records.add("/*");
            String text = String.join("\n", records) + "\n";
            Files.writeString(dir.resolve("IZUD" + String.format("%04d", length)), text);
            assertEquals(List.of(), Cards.lint(text));
            members++;
        }
        assertEquals(List.of("jclcheck: " + members + " members, 0 problems"), jclcheck(dir));
    }

    @Test
    void bothFlagBrokenMembersOfSharedRules(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> shared = List.of("COL72", "TRAILING", "CONTEND", "CONTCOL", "NAMEDIG", "NAMELONG", "DSNLONG",
                "DSNQUAL", "NOJOB", "CR", "TAB", "NONEWLN", "STRAY", "CONTEOF", "SEQNUM");
        for (String name : shared) {
            Path member = Path.of("src/test/resources/lint/bad", name);
            Files.copy(member, dir.resolve(name));
            assertTrue(!new Linter().lint(member).isEmpty(), name);
        }
        List<String> report = jclcheck(dir);
        for (String name : shared) {
            assertTrue(report.stream().anyMatch(line -> line.contains("/" + name + ":")), name + " in " + report);
        }
    }
}
