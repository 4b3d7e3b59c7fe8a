package dev.zdeploy.render;

import dev.zdeploy.jobs.Job;
import java.util.List;

/**
 * The JOB statement of a job: the request's cards verbatim, or z/OSMF's default
 * {@code //IZUDnntt JOB (ACCOUNT),'NAME'} named after the member (seed: deploy REST API,
 * "jobstatement").
 */
final class JobStatement {

    private JobStatement() {}

    static List<String> cards(List<String> requestCards, Job job) {
        if (!requestCards.isEmpty()) {
            return requestCards;
        }
        return List.of("//" + job.member() + " JOB (ACCOUNT),'NAME'");
    }
}
