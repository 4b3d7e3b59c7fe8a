package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.jobs.JobType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 minor: a multi-volume data set's DDDEF names every volume it spans, in order, so that SMP/E's
 * dynamic allocation of it gets the whole volume list (manual-syntax 3.4); the verification job expects
 * the same.
 */
class MultiVolumeDddefTest {

    @Test
    void theUpdateJobAndTheVerificationJobNameEveryVolumeOfAMultiVolumeLibrary() {
        String uc = Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.UC);
        List<String> statements = SmpeWriter.unwrap(Rendering.instream(uc, "DDDEFS", "SMPCNTL"));
        assertTrue(statements.contains("REP DDDEF(AMULTI) DATASET(PROD.MULTI) VOLUME(TGT001 TGT002) UNIT(3390) SHR"),
                statements.toString());
        assertTrue(statements.contains("REP DDDEF(LIB1) DATASET(PROD.LIB1) VOLUME(TGT001) UNIT(3390) SHR"),
                "a single-volume library keeps its one volume: " + statements);

        String vf = Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.VF).replaceAll("\n//\\* ", " ");
        assertTrue(vf.contains("AMULTI DATASET PROD.MULTI VOLUME TGT001 TGT002 UNIT 3390"), vf);
    }
}
