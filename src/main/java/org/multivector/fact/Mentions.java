package org.multivector.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.multivector.actor.ActorName;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.MentionFinder;
import org.multivector.evidence.MentionFinder.Passage;
import org.multivector.source.Source;

/**
 * Keeps the mentions current: the passages of the sources that name each actor. They are
 * computed when a source, an actor or an alias is written, in the writer's transaction, and
 * read from the table afterwards; a query never scans texts for them. Sources are read in id
 * order, so that an actor's mentions are recorded, and listed, in the order of their sources.
 */
public final class Mentions {

    /** Sources read into memory at a time when many are indexed. */
    private static final int SOURCES_PER_BATCH = 20;

    /** The order mentions found in many sources are written in: by actor, then source, then position. */
    private static final Comparator<Evidence> IN_ACTOR_ORDER = Comparator
            .comparing((Evidence mention) -> mention.mentionedActorId)
            .thenComparing(mention -> mention.sourceId)
            .thenComparingInt(mention -> mention.start);

    private Mentions() {
    }

    /** Source ids in batches of {@value #SOURCES_PER_BATCH}: the unit of work when many sources are read. */
    public static List<List<Long>> batches(List<Long> sourceIds) {
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < sourceIds.size(); from += SOURCES_PER_BATCH) {
            batches.add(sourceIds.subList(from, Math.min(sourceIds.size(), from + SOURCES_PER_BATCH)));
        }
        return batches;
    }

    /** Replaces the mentions in a source: every name of every actor is looked for. */
    public static void rewriteSource(Source source) {
        Evidence.deleteMentionsIn(source.id);
        Evidence.persist(mentionsIn(source, MentionFinder.of(ActorName.findAllNames())));
    }

    /** Replaces the mentions of an actor after its names changed, in every source that holds one of them. */
    public static void rewriteActor(long actorId) {
        Evidence.deleteMentionsOf(actorId);
        Map<Long, List<String>> names = ActorName.findNamesOf(List.of(actorId));
        if (names.isEmpty()) {
            return;
        }
        MentionFinder finder = MentionFinder.of(names);
        for (List<Long> batch : batches(Source.findIdsContainingAny(names.get(actorId)))) {
            addToSources(batch, finder);
        }
    }

    /** Replaces the mentions in these sources, by the names the finder knows. */
    public static void rewriteSources(Collection<Long> sourceIds, MentionFinder finder) {
        sourceIds.forEach(Evidence::deleteMentionsIn);
        writeInActorOrder(findIn(sourceIds, finder));
    }

    /** Adds the mentions of the finder's actors in these sources, which hold none of theirs yet. */
    public static void addToSources(Collection<Long> sourceIds, MentionFinder finder) {
        for (Source source : Source.listByIdsInOrder(sourceIds)) {
            Evidence.persist(mentionsIn(source, finder));
        }
    }

    /** The mentions of the finder's actors in these sources, found but not written. */
    public static List<Evidence> findIn(Collection<Long> sourceIds, MentionFinder finder) {
        List<Evidence> found = new ArrayList<>();
        for (Source source : Source.listByIdsInOrder(sourceIds)) {
            found.addAll(mentionsIn(source, finder));
        }
        return found;
    }

    /**
     * Writes mentions found in many sources, as a bulk import and the backfill do. They are
     * written by actor, then source, then position, and take their ids in that order: the
     * (actor, id) index then receives them in one ascending run, where source order would scatter
     * them over the whole index, and an actor's mentions still come in the order of their sources.
     */
    public static void writeInActorOrder(List<Evidence> found) {
        List<Evidence> ordered = new ArrayList<>(found);
        ordered.sort(IN_ACTOR_ORDER);
        Evidence.persist(ordered);
    }

    private static List<Evidence> mentionsIn(Source source, MentionFinder finder) {
        List<Evidence> mentions = new ArrayList<>();
        String quote = null;
        Passage previous = null;
        for (Passage passage : finder.find(source.text)) {
            // actors named in one sentence share its text
            if (previous == null || passage.start() != previous.start() || passage.end() != previous.end()) {
                quote = source.text.substring(passage.start(), passage.end());
            }
            previous = passage;
            mentions.add(Evidence.mention(passage.actorId(), source.id, quote, passage.start()));
        }
        return mentions;
    }
}
