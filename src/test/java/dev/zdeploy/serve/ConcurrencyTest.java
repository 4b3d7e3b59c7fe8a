package dev.zdeploy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few deployments at once, on a server that renders two at a time: none lost, none mixed. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void eightDeploymentsAtOnceEachGetTheirOwnResult() throws Exception {
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS)) {
            List<ConcurrentDeployments.Outcome> outcomes = ConcurrentDeployments.run(server,
                    Collections.nCopies(8, "XYZTM21"), 8);
            assertEquals(8, outcomes.size());
            ConcurrentDeployments.assertDistinctNames(outcomes);
            assertEquals(List.of(7, 7, 7, 7, 7, 7, 7, 7), outcomes.stream().map(o -> o.members()).toList());
            assertEquals(8, server.service.held());
        }
    }
}
