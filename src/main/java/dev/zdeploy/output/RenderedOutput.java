package dev.zdeploy.output;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the pipeline hands to the output stage: the members in run order and the manifest (the plan
 * JSON with its {@code jcl} list) as text, written as given.
 *
 * @param members      the members in run order; names are unique
 * @param manifestJson the manifest text
 */
public record RenderedOutput(List<Member> members, String manifestJson) {

    public RenderedOutput {
        members = List.copyOf(members);
        Objects.requireNonNull(manifestJson, "manifestJson");
        Set<String> seen = new HashSet<>();
        for (Member member : members) {
            if (!seen.add(member.name())) {
                throw new IllegalArgumentException("member " + member.name() + " appears twice");
            }
        }
    }
}
