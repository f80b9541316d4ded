package org.multivector.dataset;

import static org.multivector.dataset.Dataset.orEmpty;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.common.PartialDate;
import org.multivector.common.Text;
import org.multivector.dataset.Dataset.ActorEntry;
import org.multivector.dataset.Dataset.EventEntry;
import org.multivector.dataset.Dataset.MeasureEntry;
import org.multivector.dataset.Dataset.MembershipEntry;
import org.multivector.dataset.Dataset.Quote;
import org.multivector.dataset.Dataset.RelationEntry;
import org.multivector.dataset.Dataset.SourceEntry;
import org.multivector.event.Event;
import org.multivector.evidence.Evidence;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.relation.Relation;
import org.multivector.relation.RelationService;
import org.multivector.source.Source;

/**
 * Imports a {@link Dataset} in one transaction: all of it, or, when any entry is invalid,
 * nothing, with an error that names the entry and what is wrong with it.
 */
@ApplicationScoped
@Transactional
public class DatasetImporter {

    public ImportReport importDataset(DatasetReader reader) {
        try {
            return new Run(reader).importAll(reader.read());
        } catch (DatasetException e) {
            throw e.in(reader.location());
        }
    }

    /** The state of one import: the sources and events of the dataset, by the names its entries use. */
    private static final class Run {
        private final DatasetReader reader;
        private final Map<String, Source> sourcesByKey = new HashMap<>();
        private final Map<String, Event> eventsByName = new HashMap<>();
        private int actors;
        private int evidence;

        Run(DatasetReader reader) {
            this.reader = reader;
        }

        ImportReport importAll(Dataset dataset) {
            List<SourceEntry> sources = orEmpty(dataset.sources());
            for (int i = 0; i < sources.size(); i++) {
                addSource(sources.get(i), "sources[" + i + "]");
            }
            List<ActorEntry> actorEntries = orEmpty(dataset.actors());
            for (int i = 0; i < actorEntries.size(); i++) {
                addActor(actorEntries.get(i), "actors[" + i + "]");
            }
            List<EventEntry> events = orEmpty(dataset.events());
            for (int i = 0; i < events.size(); i++) {
                addEvent(events.get(i), "events[" + i + "]");
            }
            List<MembershipEntry> memberships = orEmpty(dataset.memberships());
            for (int i = 0; i < memberships.size(); i++) {
                addMembership(memberships.get(i), "memberships[" + i + "]");
            }
            List<MeasureEntry> measures = orEmpty(dataset.punitiveMeasures());
            for (int i = 0; i < measures.size(); i++) {
                addMeasure(measures.get(i), "punitiveMeasures[" + i + "]");
            }
            List<RelationEntry> relations = orEmpty(dataset.relations());
            for (int i = 0; i < relations.size(); i++) {
                addRelation(relations.get(i), "relations[" + i + "]");
            }
            return new ImportReport(sources.size(), actors, events.size(), memberships.size(), measures.size(),
                    relations.size(), evidence);
        }

        private void addSource(SourceEntry entry, String path) {
            String title = required(entry.title(), path + ".title");
            if ((entry.text() == null) == (entry.textFile() == null)) {
                throw fail(path, "give exactly one of 'text' and 'textFile'");
            }
            String text = entry.text() != null ? entry.text() : reader.readText(entry.textFile());
            if (text.isEmpty()) {
                throw fail(path, "the source text is empty");
            }
            String key = entry.key() == null ? title : entry.key();
            if (sourcesByKey.containsKey(key)) {
                throw fail(path, "a second source with key '" + key + "'");
            }
            Source source = Source.create(title, entry.publisher(), entry.section(), text);
            source.persist();
            sourcesByKey.put(key, source);
        }

        private void addActor(ActorEntry entry, String path) {
            String name = required(entry.name(), path + ".name");
            if (entry.kind() == null) {
                throw fail(path, "'kind' is required");
            }
            Optional<ActorName> taken = ActorName.findByName(name);
            if (taken.isPresent()) {
                throw fail(path, "an actor named '" + name + "' exists already");
            }
            Actor actor = Actor.create(name, entry.kind(), entry.description());
            actor.persist();
            ActorName.of(actor, name, true).persist();
            for (String alias : new LinkedHashSet<>(orEmpty(entry.aliases()))) {
                required(alias, path + ".aliases");
                Optional<ActorName> holder = ActorName.findByName(alias);
                if (holder.isPresent()) {
                    throw fail(path, "alias '" + alias + "' is already a name of "
                            + (holder.get().actorId.equals(actor.id) ? "this actor" : "another actor"));
                }
                ActorName.of(actor, alias, false).persist();
            }
            // Names must be visible to the next entry's uniqueness check.
            Actor.flush();
            actors++;
        }

        private void addEvent(EventEntry entry, String path) {
            Event event = new Event();
            event.name = required(entry.name(), path + ".name");
            event.kind = RelationService.normaliseType(required(entry.kind(), path + ".kind"));
            event.date = date(entry.date(), path + ".date");
            event.placeId = entry.place() == null ? null : actorId(entry.place(), path + ".place");
            for (String participant : new LinkedHashSet<>(orEmpty(entry.participants()))) {
                event.participantIds.add(actorId(participant, path + ".participants"));
            }
            if (eventsByName.containsKey(event.name)) {
                throw fail(path, "a second event named '" + event.name + "'");
            }
            event.persist();
            eventsByName.put(event.name, event);
            addEvidence(entry.evidence(), path, quote -> quote.eventId = event.id);
        }

        private void addMembership(MembershipEntry entry, String path) {
            Membership membership = new Membership();
            membership.memberId = actorId(required(entry.member(), path + ".member"), path + ".member");
            membership.organisationId = actorId(required(entry.organisation(), path + ".organisation"),
                    path + ".organisation");
            if (entry.status() == null) {
                throw fail(path, "'status' is required");
            }
            membership.status = entry.status();
            membership.since = date(entry.since(), path + ".since");
            membership.until = date(entry.until(), path + ".until");
            membership.persist();
            addEvidence(entry.evidence(), path, quote -> quote.membershipId = membership.id);
        }

        private void addMeasure(MeasureEntry entry, String path) {
            PunitiveMeasure measure = new PunitiveMeasure();
            measure.imposerId = actorId(required(entry.imposer(), path + ".imposer"), path + ".imposer");
            measure.targetId = actorId(required(entry.target(), path + ".target"), path + ".target");
            if (entry.kind() == null || entry.status() == null) {
                throw fail(path, "'kind' and 'status' are required");
            }
            measure.kind = entry.kind();
            measure.status = entry.status();
            measure.summary = required(entry.summary(), path + ".summary");
            measure.scope = entry.scope();
            measure.statedReason = entry.statedReason();
            measure.assessedMotive = entry.assessedMotive();
            measure.date = date(entry.date(), path + ".date");
            if (entry.trigger() != null) {
                Event trigger = eventsByName.get(entry.trigger());
                if (trigger == null) {
                    trigger = Event.<Event> find("name", entry.trigger()).firstResultOptional()
                            .orElseThrow(() -> fail(path + ".trigger", "no event is named '" + entry.trigger() + "'"));
                }
                measure.triggerEventId = trigger.id;
            }
            measure.persist();
            addEvidence(entry.evidence(), path, quote -> quote.measureId = measure.id);
        }

        private void addRelation(RelationEntry entry, String path) {
            Relation relation = new Relation();
            relation.subjectId = actorId(required(entry.subject(), path + ".subject"), path + ".subject");
            relation.type = RelationService.normaliseType(required(entry.type(), path + ".type"));
            relation.objectId = actorId(required(entry.object(), path + ".object"), path + ".object");
            relation.persist();
            addEvidence(entry.evidence(), path, quote -> quote.relationId = relation.id);
        }

        private void addEvidence(List<Quote> quotes, String path, Consumer<Evidence> attach) {
            if (quotes == null || quotes.isEmpty()) {
                throw fail(path, "every fact needs at least one quote in 'evidence'");
            }
            for (int i = 0; i < quotes.size(); i++) {
                String quotePath = path + ".evidence[" + i + "]";
                Quote quote = quotes.get(i);
                if (quote == null || Text.isBlank(quote.quote())) {
                    throw fail(quotePath, "the quote is empty");
                }
                Source source = sourceOf(quote, quotePath);
                int start = locate(source, quote, quotePath);
                Evidence passage = Evidence.of(source.id, quote.quote(), start);
                attach.accept(passage);
                passage.persist();
                evidence++;
            }
        }

        private Source sourceOf(Quote quote, String path) {
            if (quote.source() != null) {
                Source source = sourcesByKey.get(quote.source());
                if (source == null) {
                    source = Source.findByTitle(quote.source())
                            .orElseThrow(() -> fail(path, "no source has the key or title '" + quote.source() + "'"));
                }
                return source;
            }
            if (sourcesByKey.size() != 1) {
                throw fail(path, "name the quote's 'source': the dataset has " + sourcesByKey.size() + " sources");
            }
            return sourcesByKey.values().iterator().next();
        }

        /** The quote's offset in the source text: its first occurrence, or exactly at the given start. */
        private static int locate(Source source, Quote quote, String path) {
            if (quote.start() != null) {
                if (quote.start() < 0 || !source.text.startsWith(quote.quote(), quote.start())) {
                    throw fail(path, "the quote does not occur at offset " + quote.start() + " of source '"
                            + source.title + "': \"" + quote.quote() + "\"");
                }
                return quote.start();
            }
            int start = source.text.indexOf(quote.quote());
            if (start < 0) {
                throw fail(path, "the quote is not a verbatim passage of source '" + source.title + "': \""
                        + quote.quote() + "\"");
            }
            return start;
        }

        private static Long actorId(String name, String path) {
            return ActorName.findActorId(name).orElseThrow(() -> fail(path, "no actor is named '" + name + "'"));
        }

        private static String date(String value, String path) {
            if (value != null && !PartialDate.isValid(value)) {
                throw fail(path, "'" + value + "' is not a partial ISO date (2024, 2024-10 or 2024-10-23)");
            }
            return value;
        }

        private static String required(String value, String path) {
            if (Text.isBlank(value)) {
                throw fail(path, "a value is required");
            }
            return value.strip();
        }

        private static DatasetException fail(String path, String problem) {
            return new DatasetException(path + ": " + problem);
        }
    }
}
