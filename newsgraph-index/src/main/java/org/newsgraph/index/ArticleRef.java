package org.newsgraph.index;

/**
 * An article as the connect pass placed it: enough to list it in a story, or to say where and when a copy appeared.
 *
 * @param story     the id of its story
 * @param canonical the id of its copy group's canonical article; its own id when it has no copies
 */
public record ArticleRef(String id, String title, String publisher, String published, String story,
                         String canonical) {

    public boolean isCopy() {
        return !id.equals(canonical);
    }
}
