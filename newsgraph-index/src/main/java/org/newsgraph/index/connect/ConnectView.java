package org.newsgraph.index.connect;

import java.util.List;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.story.Story;

/**
 * What readers see of the connect state, written as JSON beside it after every pass so that a server reads stories
 * and copy groups without the algorithms' internals.
 *
 * @param generation how many articles the state had placed when this was written
 */
public record ConnectView(int generation, List<Story> stories, List<CopyGroup> groups, List<ArticleRef> articles) {

    public ConnectView {
        stories = List.copyOf(stories);
        groups = List.copyOf(groups);
        articles = List.copyOf(articles);
    }
}
