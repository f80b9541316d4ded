package org.multivector.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.dataset.Dataset.ActorEntry;
import org.multivector.dataset.Dataset.EventEntry;
import org.multivector.dataset.Dataset.MeasureEntry;
import org.multivector.dataset.Dataset.MembershipEntry;
import org.multivector.dataset.Dataset.Quote;
import org.multivector.dataset.Dataset.RelationEntry;
import org.multivector.dataset.Dataset.SourceEntry;
import org.multivector.event.Event;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.StatedFact;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.relation.Relation;
import org.multivector.source.Source;

/**
 * Stored records as entries of the import format, read in batches: a few statements for a page of
 * records of one kind, whatever its size. Actors, events and sources are named as the import
 * names them, so that importing the entries into an empty database writes the same records, with
 * every quote at its offset.
 */
final class DatasetEntries {

    /**
     * A record as an entry, with the one line that names it in a change's summary and the ids of
     * the records it refers to by name ({@code memberId} ...), which a copy kept in sync needs.
     */
    record Described(long id, String label, Object entry, Map<String, Object> references) {

        Described(long id, String label, Object entry) {
            this(id, label, entry, Map.of());
        }
    }

    /** How a quote names its source: by the id it has here (a record's state), or by its key in an export. */
    enum SourceNaming {
        BY_ID,
        BY_KEY;

        Quote quote(Evidence evidence) {
            return this == BY_ID
                    ? new Quote(null, evidence.sourceId, evidence.quote, evidence.start)
                    : new Quote(sourceKey(evidence.sourceId), null, evidence.quote, evidence.start);
        }
    }

    private final SourceNaming naming;

    DatasetEntries(SourceNaming naming) {
        this.naming = naming;
    }

    /** The key of a source in an export, which its quotes name it by. */
    static String sourceKey(long sourceId) {
        return "source-" + sourceId;
    }

    /** The entries of these records of one entity ({@code Actor}, {@code Membership} ...), in the order given. */
    List<Described> describe(String entity, Collection<Long> ids) {
        // the records a transaction has just written are in its session: not read back
        return switch (entity) {
            case "Source" -> sources(Batch.listHeldFirst(Source.class, ids));
            case "Actor" -> actors(Batch.listHeldFirst(Actor.class, ids));
            case "Event" -> events(Batch.listHeldFirst(Event.class, ids));
            case "Membership" -> memberships(Batch.listHeldFirst(Membership.class, ids));
            case "PunitiveMeasure" -> measures(Batch.listHeldFirst(PunitiveMeasure.class, ids));
            case "Relation" -> relations(Batch.listHeldFirst(Relation.class, ids));
            default -> List.of();
        };
    }

    /** The entries of these records, all of one entity. */
    @SuppressWarnings("unchecked")
    List<Described> describe(List<? extends KnowledgeEntity> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        KnowledgeEntity first = records.get(0);
        if (first instanceof Source) {
            return sources((List<Source>) records);
        } else if (first instanceof Actor) {
            return actors((List<Actor>) records);
        } else if (first instanceof Event) {
            return events((List<Event>) records);
        } else if (first instanceof Membership) {
            return memberships((List<Membership>) records);
        } else if (first instanceof PunitiveMeasure) {
            return measures((List<PunitiveMeasure>) records);
        } else if (first instanceof Relation) {
            return relations((List<Relation>) records);
        }
        throw new IllegalArgumentException("No entry of the import format holds a " + first.getClass().getSimpleName());
    }

    List<Described> sources(List<Source> sources) {
        return sources.stream().map(source -> new Described(source.id, "Source “" + source.title + "”",
                new SourceEntry(sourceKey(source.id), source.title, source.publisher, source.section, source.text,
                        null)))
                .toList();
    }

    List<Described> actors(List<Actor> actors) {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (ActorName alias : ActorName.findAliasesOf(ids(actors, actor -> actor.id))) {
            aliases.computeIfAbsent(alias.actorId, id -> new ArrayList<>()).add(alias.name);
        }
        return actors.stream().map(actor -> new Described(actor.id, "Actor " + actor.name,
                new ActorEntry(actor.name, actor.kind, aliases.getOrDefault(actor.id, List.of()), actor.description)))
                .toList();
    }

    List<Described> events(List<Event> events) {
        Map<Long, List<Long>> participants = new LinkedHashMap<>();
        for (Object[] pair : Event.findParticipantPairs(ids(events, event -> event.id))) {
            participants.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((Long) pair[1]);
        }
        Set<Long> actorIds = new HashSet<>();
        events.forEach(event -> {
            if (event.placeId != null) {
                actorIds.add(event.placeId);
            }
        });
        participants.values().forEach(actorIds::addAll);
        Map<Long, String> names = actorNames(actorIds);
        Quotes quotes = quotes(StatedFact.EVENT, events, event -> event.id);
        return events.stream().map(event -> new Described(event.id, "Event " + event.name,
                new EventEntry(event.name, event.kind, event.date, event.placeId == null ? null : names.get(event.placeId),
                        participants.getOrDefault(event.id, List.of()).stream().map(names::get).toList(),
                        event.certainty, event.attributedTo, quotes.of(event.id)),
                references("placeId", event.placeId, "participantIds", participants.getOrDefault(event.id, List.of()),
                        "evidenceIds", quotes.idsOf(event.id))))
                .toList();
    }

    List<Described> memberships(List<Membership> memberships) {
        Set<Long> actorIds = new HashSet<>();
        memberships.forEach(membership -> {
            actorIds.add(membership.memberId);
            actorIds.add(membership.organisationId);
        });
        Map<Long, String> names = actorNames(actorIds);
        Quotes quotes = quotes(StatedFact.MEMBERSHIP, memberships, membership -> membership.id);
        return memberships.stream().map(membership -> {
            String member = names.get(membership.memberId);
            String organisation = names.get(membership.organisationId);
            return new Described(membership.id,
                    "Membership " + member + " → " + organisation + " (" + membership.status + ")",
                    new MembershipEntry(member, organisation, membership.status, membership.since, membership.until,
                            membership.certainty, membership.attributedTo,
                            quotes.of(membership.id)),
                    references("memberId", membership.memberId, "organisationId", membership.organisationId,
                            "evidenceIds", quotes.idsOf(membership.id)));
        }).toList();
    }

    List<Described> measures(List<PunitiveMeasure> measures) {
        Set<Long> actorIds = new HashSet<>();
        Set<Long> eventIds = new HashSet<>();
        measures.forEach(measure -> {
            actorIds.add(measure.imposerId);
            actorIds.add(measure.targetId);
            if (measure.triggerEventId != null) {
                eventIds.add(measure.triggerEventId);
            }
        });
        Map<Long, String> names = actorNames(actorIds);
        Map<Long, String> events = new HashMap<>();
        if (!eventIds.isEmpty()) {
            Event.listByIds(eventIds).forEach(event -> events.put(event.id, event.name));
        }
        Quotes quotes = quotes(StatedFact.MEASURE, measures, measure -> measure.id);
        return measures.stream().map(measure -> {
            String imposer = names.get(measure.imposerId);
            String target = names.get(measure.targetId);
            return new Described(measure.id,
                    "PunitiveMeasure " + imposer + " → " + target + " (" + measure.kind + ")",
                    new MeasureEntry(imposer, target, measure.kind, measure.status, measure.summary, measure.scope,
                            measure.statedReason, measure.assessedMotive,
                            measure.triggerEventId == null ? null : events.get(measure.triggerEventId), measure.date,
                            measure.certainty, measure.attributedTo, quotes.of(measure.id)),
                    references("imposerId", measure.imposerId, "targetId", measure.targetId, "triggerId",
                            measure.triggerEventId, "evidenceIds",
                            quotes.idsOf(measure.id)));
        }).toList();
    }

    List<Described> relations(List<Relation> relations) {
        Set<Long> actorIds = new HashSet<>();
        relations.forEach(relation -> {
            actorIds.add(relation.subjectId);
            actorIds.add(relation.objectId);
        });
        Map<Long, String> names = actorNames(actorIds);
        Quotes quotes = quotes(StatedFact.RELATION, relations, relation -> relation.id);
        return relations.stream().map(relation -> {
            String subject = names.get(relation.subjectId);
            String object = names.get(relation.objectId);
            return new Described(relation.id, "Relation " + subject + " " + relation.type + " " + object,
                    new RelationEntry(subject, relation.type, object, relation.certainty, relation.attributedTo,
                            quotes.of(relation.id)),
                    references("subjectId", relation.subjectId, "objectId", relation.objectId, "evidenceIds",
                            quotes.idsOf(relation.id)));
        }).toList();
    }

    /** Pairs of names and ids, without the null ones. */
    private static Map<String, Object> references(Object... namesAndIds) {
        Map<String, Object> references = new LinkedHashMap<>();
        for (int i = 0; i < namesAndIds.length; i += 2) {
            if (namesAndIds[i + 1] != null) {
                references.put((String) namesAndIds[i], namesAndIds[i + 1]);
            }
        }
        return references;
    }

    private static Map<Long, String> actorNames(Set<Long> actorIds) {
        return actorIds.isEmpty() ? Map.of() : Actor.findNamesByIds(actorIds);
    }

    /** The quotes of facts, and the ids of the passages they are, by fact id, in the order recorded. */
    private record Quotes(Map<Long, List<Quote>> quotes, Map<Long, List<Long>> ids) {

        List<Quote> of(long factId) {
            return quotes.getOrDefault(factId, List.of());
        }

        List<Long> idsOf(long factId) {
            return ids.getOrDefault(factId, List.of());
        }
    }

    /** The quotes of these facts. */
    private <F> Quotes quotes(StatedFact kind, List<F> facts, Function<F, Long> idOf) {
        Quotes quotes = new Quotes(new HashMap<>(), new HashMap<>());
        if (facts.isEmpty()) {
            return quotes;
        }
        for (Evidence evidence : Evidence.findStating(kind, ids(facts, idOf))) {
            Long factId = kind.factIdOf(evidence);
            quotes.quotes().computeIfAbsent(factId, id -> new ArrayList<>()).add(naming.quote(evidence));
            quotes.ids().computeIfAbsent(factId, id -> new ArrayList<>()).add(evidence.id);
        }
        return quotes;
    }

    private static <T> List<Long> ids(List<T> records, Function<T, Long> idOf) {
        return records.stream().map(idOf).toList();
    }
}
