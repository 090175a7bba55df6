package org.newsgraph.dedup;

import java.util.List;

/**
 * Records that carry the same article.
 *
 * @param canonical the id of the record to show: the original publisher's, else the earliest, else the first seen
 * @param members   every member's id including the canonical one, in the order they were added
 */
public record CopyGroup(String canonical, List<String> members) {

    public CopyGroup {
        members = List.copyOf(members);
    }

    public int copies() {
        return members.size() - 1;
    }
}
