package dev.zdeploy.render;

import dev.zdeploy.jobs.Job;

/** A job and its member text (card images, LF endings, final newline). */
public record RenderedJob(Job job, String text) {
    public String member() {
        return job.member();
    }
}
