package org.multivector.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.persistence.AsOf;
import org.multivector.persistence.Batch;
import org.multivector.persistence.ChangeCapture;
import org.multivector.persistence.EntityKey;
import org.multivector.persistence.KnowledgeEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A verbatim passage of a source that states one fact, or, as a mention, names one actor.
 * Exactly one of the fact ids and the mentioned actor's id is set.
 */
@Entity
@Type("Evidence")
@Description("The exact passage of a source that states a fact: quote == source.text.substring(start, end).")
public class Evidence extends KnowledgeEntity {

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @NonNull
    @Description("A verbatim passage of source.text.")
    public String quote;

    @NonNull
    @Column(name = "start_offset")
    @Description("Offset of the quote's first character in source.text, in UTF-16 code units.")
    public int start;

    @NonNull
    @Column(name = "end_offset")
    @Description("Offset just past the quote's last character in source.text, in UTF-16 code units.")
    public int end;

    @Ignore
    @Column(name = "membership_id")
    public Long membershipId;

    @Ignore
    @Column(name = "measure_id")
    public Long measureId;

    @Ignore
    @Column(name = "relation_id")
    public Long relationId;

    @Ignore
    @Column(name = "event_id")
    public Long eventId;

    /** Set on a mention: the actor whose name or alias the passage holds. */
    @Ignore
    @Column(name = "mentioned_actor_id")
    public Long mentionedActorId;

    public static Evidence of(long sourceId, String quote, int start) {
        Evidence evidence = new Evidence();
        evidence.sourceId = sourceId;
        evidence.quote = quote;
        evidence.start = start;
        evidence.end = start + quote.length();
        return evidence;
    }

    /**
     * The passages that stated a past fact, as its state kept them, read as of the same revision.
     * A state written before passages' ids were kept (the first history build) gives them id 0.
     */
    public static List<Evidence> keptIn(AsOf fact) {
        JsonNode quotes = fact.state().get("evidence");
        List<Long> ids = fact.ids("evidenceIds");
        List<Evidence> passages = new ArrayList<>();
        if (quotes != null) {
            for (JsonNode quote : quotes) {
                Evidence passage = of(quote.get("sourceId").asLong(), quote.get("quote").asText(),
                        quote.get("start").asInt());
                passage.id = passages.size() < ids.size() ? ids.get(passages.size()) : 0L;
                passage.readAsOf(new AsOf(fact.revision(), null));
                passages.add(passage);
            }
        }
        return passages;
    }

    /** The evidence of these facts of one kind, in the order it was recorded. */
    public static List<Evidence> findStating(StatedFact kind, Collection<Long> factIds) {
        return Batch.listInIdOrder(Evidence.class, kind.property(), factIds);
    }

    public static Evidence mention(long actorId, long sourceId, String quote, int start) {
        Evidence mention = of(sourceId, quote, start);
        mention.mentionedActorId = actorId;
        return mention;
    }

    public static List<Evidence> listByIds(Collection<Long> ids) {
        return Batch.listInIdOrder(Evidence.class, "id", ids);
    }

    /**
     * Up to {@code limit} mentions of each actor, in id order after {@code afterId}. One actor's
     * page is one statement, read along the (actor, id) index; several actors' pages are one
     * statement for their ids (every actor's mentions after the cursor numbered, then cut) and
     * one for the rows.
     */
    public static List<Evidence> findMentionPages(Collection<Long> actorIds, long afterId, int limit) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        if (actorIds.size() == 1) {
            return find("mentionedActorId = ?1 and id > ?2 order by id", actorIds.iterator().next(), afterId)
                    .page(0, limit).list();
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = getEntityManager().createNativeQuery("select id from (select e.id,"
                + " row_number() over (partition by e.mentioned_actor_id order by e.id) as position from evidence e"
                + " where e.mentioned_actor_id in (:actors) and e.id > :after) ranked where position <= :limit",
                Long.class)
                .setParameter("actors", actorIds)
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return listByIds(ids);
    }

    /** How many mentions each of these actors has, by actor id; none for an actor without. */
    public static Map<Long, Long> countMentionsOf(Collection<Long> actorIds) {
        Batch.IdCondition actorIdIn = Batch.in("mentionedActorId", actorIds);
        TypedQuery<Object[]> query = actorIdIn.bind(getEntityManager().createQuery("select mentionedActorId, count(*)"
                + " from Evidence where " + actorIdIn.hql() + " group by mentionedActorId", Object[].class));
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public static long deleteMentionsOf(long actorId) {
        ChangeCapture.touched(new EntityKey("Actor", actorId));
        return delete("mentionedActorId", actorId);
    }

    public static long deleteMentionsIn(long sourceId) {
        // A bulk delete passes by the entity listener: the actors that lose mentions are noted here.
        getEntityManager().createQuery("select distinct mentionedActorId from Evidence where sourceId = ?1"
                + " and mentionedActorId is not null", Long.class).setParameter(1, sourceId).getResultStream()
                .forEach(actorId -> ChangeCapture.touched(new EntityKey("Actor", actorId)));
        return delete("sourceId = ?1 and mentionedActorId is not null", sourceId);
    }

    /** Deletes the evidence of a fact, whose quotes are then written again. */
    public static long deleteStating(StatedFact kind, long factId) {
        ChangeCapture.updated(kind.changedRecord(factId));
        return delete(kind.property(), factId);
    }

    /** The quotes of these facts of one kind, by fact id, in the order recorded. */
    public static Map<Long, List<String>> findQuotesOf(StatedFact kind, Collection<Long> factIds) {
        Batch.IdCondition factIdIn = Batch.in(kind.property(), factIds);
        return Batch.textsById(factIdIn.bind(getEntityManager().createQuery("select " + kind.property() + ", quote"
                + " from Evidence where " + factIdIn.hql() + " order by id", Object[].class)));
    }

    /** The quotes of the facts of one kind with ids from {@code first} to {@code last}, by fact id, in the order recorded. */
    public static Map<Long, List<String>> findQuotesBetween(StatedFact kind, long first, long last) {
        return Batch.textsById(getEntityManager().createQuery("select " + kind.property() + ", quote from Evidence where "
                + kind.property() + " between ?1 and ?2 order by id", Object[].class)
                .setParameter(1, first).setParameter(2, last));
    }

    /** The passages that mention the actors with ids from {@code first} to {@code last}, at most {@code limit} each. */
    public static Map<Long, List<String>> findMentionQuotesBetween(long first, long last, int limit) {
        Map<Long, List<String>> quotes = Batch.textsById(getEntityManager().createQuery("select mentionedActorId, quote"
                + " from Evidence where mentionedActorId between ?1 and ?2 order by id", Object[].class)
                .setParameter(1, first).setParameter(2, last));
        return firstOfEach(quotes, limit);
    }

    /** The passages that mention these actors, by actor id, in the order recorded, at most {@code limit} each. */
    public static Map<Long, List<String>> findMentionQuotesOf(Collection<Long> actorIds, int limit) {
        Batch.IdCondition actorIdIn = Batch.in("mentionedActorId", actorIds);
        Map<Long, List<String>> quotes = Batch.textsById(actorIdIn.bind(getEntityManager().createQuery(
                "select mentionedActorId, quote from Evidence where " + actorIdIn.hql() + " order by id", Object[].class)));
        return firstOfEach(quotes, limit);
    }

    private static Map<Long, List<String>> firstOfEach(Map<Long, List<String>> quotes, int limit) {
        quotes.replaceAll((actorId, texts) -> texts.size() > limit ? texts.subList(0, limit) : texts);
        return quotes;
    }

    /** A quote is part of the fact it states, a mention part of the actor it names. */
    @Override
    public EntityKey changedRecord() {
        if (mentionedActorId != null) {
            return new EntityKey("Actor", mentionedActorId);
        }
        for (StatedFact kind : StatedFact.values()) {
            Long factId = kind.factIdOf(this);
            if (factId != null) {
                return kind.changedRecord(factId);
            }
        }
        return null;
    }

    /** A mention is found, not written: it is no part of any record's history. */
    @Override
    public EntityKey revisedRecord() {
        return mentionedActorId != null ? null : changedRecord();
    }

    /** How many passages of the source state facts: mentions are not counted. */
    public static long countStatingIn(long sourceId) {
        return count("sourceId = ?1 and mentionedActorId is null", sourceId);
    }
}
