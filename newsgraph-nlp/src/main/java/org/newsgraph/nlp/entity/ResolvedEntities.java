package org.newsgraph.nlp.entity;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The entities of one article plus a lookup from text offsets to the entity mentioned there.
 *
 * @param mentionStarts sorted mention start offsets; {@code mentionEnds} and {@code owners} run parallel
 */
public record ResolvedEntities(List<Entity> entities, int[] mentionStarts, int[] mentionEnds, int[] owners) {

    public static final ResolvedEntities NONE = new ResolvedEntities(List.of(), new int[0], new int[0], new int[0]);

    /** The lookup over entities already resolved (their mentions must not overlap, as the resolver leaves them). */
    public static ResolvedEntities of(List<Entity> entities) {
        int n = 0;
        for (Entity e : entities) n += e.mentions().size();
        long[] packed = new long[n];
        int k = 0;
        for (int i = 0; i < entities.size(); i++) {
            for (Span s : entities.get(i).mentions()) packed[k++] = ((long) s.start() << 20) | i;
        }
        Arrays.sort(packed);
        int[] starts = new int[n], ends = new int[n], owners = new int[n];
        for (k = 0; k < n; k++) {
            owners[k] = (int) (packed[k] & 0xFFFFF);
            starts[k] = (int) (packed[k] >>> 20);
            for (Span s : entities.get(owners[k]).mentions()) {
                if (s.start() == starts[k]) ends[k] = s.end();
            }
        }
        return new ResolvedEntities(List.copyOf(entities), starts, ends, owners);
    }

    /** The entity with a mention overlapping [start, end), or null. Mentions never overlap, so ends are sorted too. */
    public Entity at(int start, int end) {
        int i = Arrays.binarySearch(mentionStarts, end);
        int last = (i >= 0 ? i : -i - 1) - 1;
        return last >= 0 && mentionEnds[last] > start ? entities.get(owners[last]) : null;
    }

    /** The entity of the last mention of {@code type} ending at or before {@code offset}, or null. */
    public Entity lastBefore(int offset, EntityType type) {
        return lastBefore(offset, type, e -> true);
    }

    /** The entity of the last mention of {@code type} ending at or before {@code offset} that {@code fits}, or null. */
    public Entity lastBefore(int offset, EntityType type, Predicate<Entity> fits) {
        int i = Arrays.binarySearch(mentionStarts, offset);
        for (int k = (i >= 0 ? i : -i - 1) - 1; k >= 0; k--) {
            Entity e = entities.get(owners[k]);
            if (mentionEnds[k] <= offset && e.type() == type && fits.test(e)) return e;
        }
        return null;
    }

    /** Every mention with its resolved type, in text order; what the NER evaluation scores. */
    public List<TypedSpan> typedMentions() {
        TypedSpan[] out = new TypedSpan[mentionStarts.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = new TypedSpan(new Span(mentionStarts[k], mentionEnds[k]), entities.get(owners[k]).type());
        }
        return List.of(out);
    }

    public record TypedSpan(Span span, EntityType type) {
    }
}
