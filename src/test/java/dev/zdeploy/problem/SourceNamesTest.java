package dev.zdeploy.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNamesTest {

    @Test
    void theDefaultNamesBecomeTheFilesTheUserGave() {
        SourceNames names = new SourceNames("in/IZUD00DF.json", "in/deploy.json", "in/sysa.json");
        List<Problem> problems = List.of(
                Problem.error("request.json", "/targetvolumes", "two target volumes are needed", "1"),
                Problem.warning("inventory.json", "/volumes/0", "capacity assumed", null),
                Problem.error("descriptor.json", "/x", "rule", null),
                Problem.error("plan", "/tgtswidatasets/0/dsname", "too long", "A.B"));

        assertEquals(List.of(
                "in/deploy.json /targetvolumes: two target volumes are needed (got \"1\")",
                "warning: in/sysa.json /volumes/0: capacity assumed",
                "in/IZUD00DF.json /x: rule",
                "plan /tgtswidatasets/0/dsname: too long (got \"A.B\")"),
                names.rename(problems).stream().map(Problem::format).toList());
    }

    @Test
    void theDefaultNamesLeaveProblemsAsTheyAre() {
        List<Problem> problems = List.of(Problem.error("request.json", "/a", "rule", null));
        assertSame(problems, SourceNames.DEFAULT.rename(problems));
    }
}
