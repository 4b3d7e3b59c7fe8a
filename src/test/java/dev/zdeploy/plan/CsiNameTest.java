package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.vsam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SMP/E Reference, "SMPCSI": "The low-level qualifier of the data set name must be CSI". */
class CsiNameTest {

    @Test
    void aRenameThatTakesTheLowLevelQualifierCsiAwayFromACsiIsAPlanProblem() {
        List<Problem> errors = Fixture.swi().targets("T1").smpe("A.SMP.CSI").add(vsam("A.SMP.CSI", 10, "S1"))
                .rename("A.SMP.CSI", "A.SMP.CSI", "A.SMP.CSIOLD").errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("/tgtswidatasets/0/dsname", errors.get(0).pointer());
        assertTrue(errors.get(0).rule().contains("SMP/E requires a CSI's low-level qualifier to be CSI"), errors.toString());
    }

    @Test
    void aCsiRenamedWithItsLowLevelQualifierIsPlanned() {
        TargetDataSet csi = Fixture.swi().targets("T1").smpe("A.SMP.CSI").add(vsam("A.SMP.CSI", 10, "S1"))
                .rename("A.**", "A.**", "B.**").target("A.SMP.CSI");
        assertEquals("B.SMP.CSI", csi.name());
    }
}
