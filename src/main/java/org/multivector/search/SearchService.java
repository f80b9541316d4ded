package org.multivector.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.multivector.actor.Actor;
import org.multivector.common.SearchHit;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.event.Event;
import org.multivector.evidence.Certainty;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.Like;
import org.multivector.persistence.ReadOnly;
import org.multivector.relation.Relation;

/**
 * Ranked search across actor names and aliases, descriptions, fact texts, evidence quotes and
 * the passages that mention actors.
 * Every word of the query must occur in one field (case-insensitively, with typographic and
 * straight apostrophes alike); a field that holds the whole phrase, or is the phrase, ranks higher.
 */
@ApplicationScoped
@Transactional
public class SearchService {

    static final int MAX_WORDS = 8;

    private static final int CANONICAL_NAME = 100;
    private static final int ALIAS = 90;
    private static final int EVENT_NAME = 70;
    private static final int MEASURE_TEXT = 45;
    private static final int DESCRIPTION = 30;
    private static final int RELATION_TYPE = 35;
    private static final int QUOTE = 20;
    /** Below a fact's quote: a sentence that names an actor says less about it than a fact's evidence. */
    private static final int MENTION = 15;
    private static final int EXACT_BONUS = 100;
    private static final int PREFIX_BONUS = 30;
    private static final int PHRASE_BONUS = 10;

    private final EntityManager entityManager;

    public SearchService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param certainty the certainties of the facts to find, null for all; actors, not being claims, always match */
    @ReadOnly
    public List<SearchHit> search(String text, int first, Collection<Certainty> certainty) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("Argument 'text' must not be blank");
        }
        String phrase = normalise(text);
        List<String> words = Arrays.stream(phrase.split(" ")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidArgumentException("Argument 'text' has " + words.size() + " words; at most " + MAX_WORDS
                    + " are searched");
        }
        Scores scores = new Scores(phrase);

        for (Object[] row : matching("select n.actorId, n.name, n.canonical from ActorName n where %s", "n.nameKey",
                words)) {
            boolean canonical = (Boolean) row[2];
            scores.add(Actor.class, (Long) row[0], canonical ? CANONICAL_NAME : ALIAS, (String) row[1]);
        }
        for (Object[] row : matching("select a.id, a.description from Actor a where %s", "a.description", words)) {
            scores.add(Actor.class, (Long) row[0], DESCRIPTION, null);
        }
        for (Object[] row : matching("select e.id, e.name from Event e where %s", "e.name", words)) {
            scores.add(Event.class, (Long) row[0], EVENT_NAME, (String) row[1]);
        }
        for (String field : List.of("m.summary", "m.scope", "m.statedReason", "m.assessedMotive")) {
            for (Object[] row : matching("select m.id, " + field + " from PunitiveMeasure m where %s", field, words)) {
                scores.add(PunitiveMeasure.class, (Long) row[0], MEASURE_TEXT, null);
            }
        }
        for (Object[] row : matching("select r.id, r.type from Relation r where %s", "r.type",
                words.stream().map(word -> word.replace(' ', '_')).toList())) {
            scores.add(Relation.class, (Long) row[0], RELATION_TYPE, null);
        }
        for (Object[] row : matching("select e.membershipId, e.measureId, e.relationId, e.eventId,"
                + " e.mentionedActorId, e.quote from Evidence e where %s", "e.quote", words)) {
            addQuoteHit(scores, Membership.class, row[0]);
            addQuoteHit(scores, PunitiveMeasure.class, row[1]);
            addQuoteHit(scores, Relation.class, row[2]);
            addQuoteHit(scores, Event.class, row[3]);
            if (row[4] != null) {
                scores.add(Actor.class, (Long) row[4], MENTION, null);
            }
        }
        if (certainty != null) {
            // actors are no claims: only the facts found are filtered
            Set<Key> kept = new HashSet<>();
            scores.factIdsByType().forEach((type, ids) -> withCertainty(type, ids, certainty)
                    .forEach(id -> kept.add(new Key(type, id))));
            scores.retainActorsAnd(kept);
        }
        return load(scores.best(first));
    }

    /** Those of the ids of facts of {@code type} that are stated with one of the certainties. */
    private Set<Long> withCertainty(Class<?> type, List<Long> ids, Collection<Certainty> certainty) {
        Batch.IdCondition idIn = Batch.in("id", ids);
        int certaintyParameter = idIn.parameters().length + 1;
        return new HashSet<>(idIn.bind(entityManager.createQuery("select id from " + type.getSimpleName() + " where "
                + idIn.hql() + " and certainty in ?" + certaintyParameter, Long.class))
                .setParameter(certaintyParameter, certainty).getResultList());
    }

    private static void addQuoteHit(Scores scores, Class<? extends KnowledgeEntity> type, Object id) {
        if (id != null) {
            scores.add(type, (Long) id, QUOTE, null);
        }
    }

    /** Rows of {@code jpql} whose {@code field} contains every word. */
    private List<Object[]> matching(String jpql, String field, List<String> words) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            conditions.add("replace(lower(" + field + "), '\u2019', '''') like :w" + i + " escape '\\'");
        }
        TypedQuery<Object[]> query = entityManager.createQuery(String.format(jpql, String.join(" and ", conditions)),
                Object[].class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, Like.containing(words.get(i)));
        }
        return query.setMaxResults(500).getResultList();
    }

    private List<SearchHit> load(List<Key> keys) {
        Map<Class<?>, Function<List<Long>, List<? extends KnowledgeEntity>>> loaders = Map.of(
                Actor.class, Actor::listByIds,
                Membership.class, Membership::listByIds,
                PunitiveMeasure.class, PunitiveMeasure::listByIds,
                Relation.class, Relation::listByIds,
                Event.class, Event::listByIds);
        Map<Class<?>, List<Long>> idsByType = new LinkedHashMap<>();
        for (Key key : keys) {
            idsByType.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id());
        }
        Map<Key, SearchHit> loaded = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            for (KnowledgeEntity entity : loaders.get(type).apply(ids)) {
                loaded.put(new Key(type, entity.id), (SearchHit) entity);
            }
        });
        return keys.stream().map(loaded::get).filter(hit -> hit != null).toList();
    }

    /** Lower-case, straight apostrophes, white space folded. */
    static String normalise(String text) {
        return text.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private record Key(Class<?> type, long id) {
    }


    /** The best score of each hit, ties broken by kind (actors first) and then by id. */
    private static final class Scores {
        private static final List<Class<?>> KIND_ORDER = List.of(Actor.class, Event.class, PunitiveMeasure.class,
                Membership.class, Relation.class);

        private final String phrase;
        private final Map<Key, Integer> best = new HashMap<>();

        Scores(String phrase) {
            this.phrase = phrase;
        }

        /** @param matchedText the matched name, when closeness to the phrase should count */
        void add(Class<?> type, long id, int base, String matchedText) {
            int score = base;
            if (matchedText != null) {
                String matched = normalise(matchedText);
                if (matched.equals(phrase)) {
                    score += EXACT_BONUS;
                } else if (matched.startsWith(phrase)) {
                    score += PREFIX_BONUS;
                } else if (matched.contains(phrase)) {
                    score += PHRASE_BONUS;
                }
            }
            best.merge(new Key(type, id), score, Math::max);
        }

        /** The ids of the facts found so far, by type. */
        Map<Class<?>, List<Long>> factIdsByType() {
            Map<Class<?>, List<Long>> factIds = new HashMap<>();
            best.keySet().stream().filter(key -> key.type() != Actor.class)
                    .forEach(key -> factIds.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id()));
            return factIds;
        }

        /** Drops every fact found but those kept; actors stay. */
        void retainActorsAnd(Set<Key> keptFacts) {
            best.keySet().removeIf(key -> key.type() != Actor.class && !keptFacts.contains(key));
        }

        List<Key> best(int first) {
            return best.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Key, Integer>> comparingInt(Map.Entry::getValue).reversed()
                            .thenComparingInt(entry -> KIND_ORDER.indexOf(entry.getKey().type()))
                            .thenComparingLong(entry -> entry.getKey().id()))
                    .limit(first)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
