package org.newsgraph.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stages run in order; construction fails when a stage needs a layer no earlier stage provides. */
public final class StagePipeline implements ArticleStage {
    private final List<ArticleStage> stages;
    private final Set<String> provides;

    public StagePipeline(List<ArticleStage> stages) {
        this.stages = List.copyOf(stages);
        Set<String> have = new HashSet<>(Set.of(Layer.TEXT));
        for (ArticleStage s : this.stages) {
            for (String need : s.requires()) {
                if (!have.contains(need)) {
                    throw new IllegalArgumentException(s.getClass().getSimpleName() + " requires layer '" + need
                            + "' that no earlier stage provides");
                }
            }
            have.addAll(s.provides());
        }
        this.provides = Set.copyOf(have);
    }

    @Override
    public Set<String> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<String> provides() {
        return provides;
    }

    @Override
    public Annotated apply(Annotated in) {
        Annotated out = in;
        for (ArticleStage s : stages) out = s.apply(out);
        return out;
    }
}
