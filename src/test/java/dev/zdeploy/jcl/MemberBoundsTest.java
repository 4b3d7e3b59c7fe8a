package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.descriptor.DeploymentSize;
import dev.zdeploy.render.TemplateLimits;
import org.junit.jupiter.api.Test;

/** What lint and simulate --jcl read back grows as render's output limit does, to render's largest deployment. */
class MemberBoundsTest {

    @Test
    void theBoundsAreRendersOutputLimitPerStepOfItsDataSets() {
        assertEquals(TemplateLimits.DEFAULTS.output(), MemberBounds.PER_STEP.bytes());
        assertEquals(TemplateLimits.DATA_SETS_PER_STEP, MemberBounds.DATA_SETS_PER_STEP);
        assertEquals(DeploymentSize.MAX_DATA_SETS, MemberBounds.MAX_DATA_SETS);
        for (int dataSets : new int[] {1, 50_000, 50_001, 486_123, 1_000_000}) {
            assertEquals(TemplateLimits.DEFAULTS.forDataSets(dataSets).output(),
                    MemberBounds.forDataSets(dataSets).bytes(), "data sets " + dataSets);
        }
    }

    @Test
    void lintReadsWhatRenderWritesForTheLargestDeployment() {
        assertEquals(new MemberBounds(1_342_177_280L, 32_760), MemberBounds.LARGEST);
        assertEquals(new MemberBounds(64L << 20, 32_760), MemberBounds.forDataSets(0));
        assertEquals(new MemberBounds(128L << 20, 32_760), MemberBounds.forDataSets(50_001));
        assertEquals(MemberBounds.LARGEST, MemberBounds.forDataSets(Long.MAX_VALUE));
    }

    /** A record's number is an int: one record per byte at most, so the bytes stay below 2^31. */
    @Test
    void theBytesStayBelowTwoToThe31() {
        assertThrows(IllegalArgumentException.class, () -> new MemberBounds(Integer.MAX_VALUE, 80));
        assertThrows(IllegalArgumentException.class, () -> new MemberBounds(0, 80));
    }

    @Test
    void aMemberTooLargeIsNamedWithItsSizeAndTheBound() {
        assertEquals("jcl/IZUD04RN: the member holds 67,108,865 bytes; zdeploy reads members of at most 67,108,864"
                + " bytes (64 MiB for each 50,000 data sets of the deployment)",
                MemberBounds.forDataSets(10).tooLarge("jcl/IZUD04RN", 67_108_865L));
    }
}
