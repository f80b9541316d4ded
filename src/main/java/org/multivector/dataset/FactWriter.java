package org.multivector.dataset;

import static org.multivector.dataset.Dataset.orEmpty;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.common.ApiException;
import org.multivector.common.ConflictException;
import org.multivector.common.InvalidArgumentException;
import org.multivector.common.KnowledgeEntity;
import org.multivector.common.NotFoundException;
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
 * Writes sources, actors and evidenced facts under the domain's rules, for the importer and for
 * the GraphQL mutations alike: referenced actors, events and sources must exist, names and
 * aliases are unique case-insensitively, dates are partial ISO dates, and every fact has at
 * least one quote that is a verbatim passage of its source. A broken rule throws an
 * {@link ApiException} that names the entry ({@code path}) and the problem; the caller's
 * transaction then writes nothing.
 */
public final class FactWriter {

    /**
     * Where names are looked up and where names and quotes go: straight to the database
     * ({@link #DIRECT}), or, for bulk imports, gathered per chunk ({@link ChunkStore}).
     */
    public interface Store {
        /** The id of the actor that answers to the name, compared case-insensitively. */
        Optional<Long> actorId(String name);

        /** Adds a name, refused with a {@link ConflictException} when another actor answers to it. */
        void addName(ActorName name, String path);

        void addEvidence(Evidence quote);
    }

    /** Every lookup a query, every name flushed at once, so that the next name's check sees it. */
    public static final Store DIRECT = new Store() {
        @Override
        public Optional<Long> actorId(String name) {
            return ActorName.findActorId(name);
        }

        @Override
        public void addName(ActorName name, String path) {
            ActorName.findActorId(name.name).ifPresent(holder -> {
                throw nameTaken(name.name, holder, path);
            });
            name.persist();
            flush(path);
        }

        @Override
        public void addEvidence(Evidence quote) {
            quote.persist();
        }
    };

    /**
     * The sources and events an import wrote so far, by the keys its later entries use. A bulk
     * import copies it for each chunk and keeps the copy only when the chunk commits.
     */
    public static final class Written {
        private final Map<String, Source> sourcesByKey;
        private final Map<String, Event> eventsByName;

        public Written() {
            this(new HashMap<>(), new HashMap<>());
        }

        private Written(Map<String, Source> sourcesByKey, Map<String, Event> eventsByName) {
            this.sourcesByKey = sourcesByKey;
            this.eventsByName = eventsByName;
        }

        public Written copy() {
            return new Written(new HashMap<>(sourcesByKey), new HashMap<>(eventsByName));
        }
    }

    private final Function<String, String> textFiles;
    private final Store store;
    private final Map<String, Source> sourcesByKey;
    private final Map<String, Event> eventsByName;

    /** @param textFiles reads a source's {@code textFile}; null where text files are not allowed */
    public FactWriter(Function<String, String> textFiles) {
        this(textFiles, DIRECT, new Written());
    }

    public FactWriter(Function<String, String> textFiles, Store store, Written written) {
        this.textFiles = textFiles;
        this.store = store;
        this.sourcesByKey = written.sourcesByKey;
        this.eventsByName = written.eventsByName;
    }

    /** Writes one entry of a dataset file. */
    public Object add(DatasetEntry entry) {
        String path = entry.path();
        return switch (entry.section()) {
            case SOURCES -> addSource((SourceEntry) entry.value(), path);
            case ACTORS -> addActor((ActorEntry) entry.value(), path);
            case EVENTS -> addEvent((EventEntry) entry.value(), path);
            case MEMBERSHIPS -> addMembership((MembershipEntry) entry.value(), path);
            case PUNITIVE_MEASURES -> addMeasure((MeasureEntry) entry.value(), path);
            case RELATIONS -> addRelation((RelationEntry) entry.value(), path);
        };
    }

    public Source addSource(SourceEntry entry, String path) {
        String title = required(entry.title(), path + ".title");
        String text;
        if (textFiles == null || entry.textFile() == null) {
            if (entry.textFile() != null) {
                throw invalid(path, "'textFile' is not accepted here: give the 'text'");
            }
            if (entry.text() == null || entry.text().isEmpty()) {
                throw invalid(path + ".text", "the source text is empty");
            }
            text = entry.text();
        } else {
            if (entry.text() != null) {
                throw invalid(path, "give exactly one of 'text' and 'textFile'");
            }
            text = textFiles.apply(entry.textFile());
            if (text.isEmpty()) {
                throw invalid(path, "the source text is empty");
            }
        }
        String key = entry.key() == null ? title : entry.key();
        if (sourcesByKey.containsKey(key)) {
            throw invalid(path, "a second source with key '" + key + "'");
        }
        Source source = Source.create(title, entry.publisher(), entry.section(), text);
        source.persist();
        sourcesByKey.put(key, source);
        return source;
    }

    public Actor addActor(ActorEntry entry, String path) {
        Actor actor = new Actor();
        describe(actor, entry, path);
        actor.persist();
        addNames(actor, entry, path);
        return actor;
    }

    /** Replaces the actor's name, kind, description and aliases. */
    public Actor replaceActor(Actor actor, ActorEntry entry, String path) {
        describe(actor, entry, path);
        ActorName.delete("actorId", actor.id);
        flush(path);
        addNames(actor, entry, path);
        return actor;
    }

    public ActorName addAlias(Actor actor, String alias, String path) {
        String name = required(alias, path);
        if (name.length() > 255) {
            throw invalid(path, "a name or alias has at most 255 characters");
        }
        ActorName actorName = ActorName.of(actor, name, false);
        store.addName(actorName, path);
        return actorName;
    }

    public Event addEvent(EventEntry entry, String path) {
        return writeEvent(new Event(), entry, path);
    }

    /** Writes the entry onto a new or a stored event; a stored one's evidence is replaced. */
    public Event writeEvent(Event event, EventEntry entry, String path) {
        describe(event, entry, path);
        if (event.id == null) {
            if (eventsByName.containsKey(event.name)) {
                throw invalid(path, "a second event named '" + event.name + "'");
            }
            eventsByName.put(event.name, event);
        }
        return evidenced(event, entry.evidence(), "eventId", (quote, id) -> quote.eventId = id, path);
    }

    public Membership addMembership(MembershipEntry entry, String path) {
        return writeMembership(new Membership(), entry, path);
    }

    public Membership writeMembership(Membership membership, MembershipEntry entry, String path) {
        describe(membership, entry, path);
        return evidenced(membership, entry.evidence(), "membershipId", (quote, id) -> quote.membershipId = id, path);
    }

    public PunitiveMeasure addMeasure(MeasureEntry entry, String path) {
        return writeMeasure(new PunitiveMeasure(), entry, path);
    }

    public PunitiveMeasure writeMeasure(PunitiveMeasure measure, MeasureEntry entry, String path) {
        describe(measure, entry, path);
        return evidenced(measure, entry.evidence(), "measureId", (quote, id) -> quote.measureId = id, path);
    }

    public Relation addRelation(RelationEntry entry, String path) {
        return writeRelation(new Relation(), entry, path);
    }

    public Relation writeRelation(Relation relation, RelationEntry entry, String path) {
        describe(relation, entry, path);
        return evidenced(relation, entry.evidence(), "relationId", (quote, id) -> quote.relationId = id, path);
    }

    /**
     * Persists a new fact, or drops the evidence of a stored one, then adds the entry's quotes.
     *
     * @param factColumn the evidence field that points at this kind of fact
     */
    private <F extends KnowledgeEntity> F evidenced(F fact, List<Quote> quotes, String factColumn,
            BiConsumer<Evidence, Long> attach, String path) {
        if (fact.id == null) {
            fact.persist();
        } else {
            Evidence.delete(factColumn, fact.id);
        }
        addEvidence(quotes, path, quote -> attach.accept(quote, fact.id));
        return fact;
    }

    private void describe(Actor actor, ActorEntry entry, String path) {
        String name = required(entry.name(), path + ".name");
        if (entry.kind() == null) {
            throw invalid(path + ".kind", "a value is required");
        }
        actor.name = name;
        actor.nameKey = Text.nameKey(name);
        actor.kind = entry.kind();
        actor.description = entry.description();
    }

    private void addNames(Actor actor, ActorEntry entry, String path) {
        store.addName(ActorName.of(actor, actor.name, true), path + ".name");
        List<String> aliases = orEmpty(entry.aliases());
        for (int i = 0; i < aliases.size(); i++) {
            addAlias(actor, aliases.get(i), path + ".aliases[" + i + "]");
        }
    }

    static ConflictException nameTaken(String name, long holderId, String path) {
        Actor holder = Actor.findById(holderId);
        return new ConflictException(path + ": '" + name + "' is already a name of the actor '" + holder.name + "'");
    }

    private void describe(Event event, EventEntry entry, String path) {
        event.name = required(entry.name(), path + ".name");
        event.kind = RelationService.normaliseType(required(entry.kind(), path + ".kind"));
        event.date = date(entry.date(), path + ".date");
        event.placeId = entry.place() == null ? null : actorId(entry.place(), path + ".place");
        event.participantIds.clear();
        for (String participant : new LinkedHashSet<>(orEmpty(entry.participants()))) {
            event.participantIds.add(actorId(participant, path + ".participants"));
        }
    }

    private void describe(Membership membership, MembershipEntry entry, String path) {
        membership.memberId = actorId(entry.member(), path + ".member");
        membership.organisationId = actorId(entry.organisation(), path + ".organisation");
        if (membership.memberId.equals(membership.organisationId)) {
            throw invalid(path, "an actor cannot be a member of itself");
        }
        if (entry.status() == null) {
            throw invalid(path + ".status", "a value is required");
        }
        membership.status = entry.status();
        membership.since = date(entry.since(), path + ".since");
        membership.until = date(entry.until(), path + ".until");
        if (membership.since != null && membership.until != null && membership.until.compareTo(membership.since) < 0) {
            throw invalid(path + ".until", "'" + membership.until + "' is before since '" + membership.since + "'");
        }
    }

    private void describe(PunitiveMeasure measure, MeasureEntry entry, String path) {
        measure.imposerId = actorId(entry.imposer(), path + ".imposer");
        measure.targetId = actorId(entry.target(), path + ".target");
        if (entry.kind() == null) {
            throw invalid(path + ".kind", "a value is required");
        }
        if (entry.status() == null) {
            throw invalid(path + ".status", "a value is required");
        }
        measure.kind = entry.kind();
        measure.status = entry.status();
        measure.summary = required(entry.summary(), path + ".summary");
        measure.scope = entry.scope();
        measure.statedReason = entry.statedReason();
        measure.assessedMotive = entry.assessedMotive();
        measure.date = date(entry.date(), path + ".date");
        measure.triggerEventId = entry.trigger() == null ? null : eventId(entry.trigger(), path + ".trigger");
    }

    private void describe(Relation relation, RelationEntry entry, String path) {
        relation.subjectId = actorId(entry.subject(), path + ".subject");
        relation.type = RelationService.normaliseType(required(entry.type(), path + ".type"));
        if (!relation.type.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw invalid(path + ".type", "'" + entry.type() + "' is not a relation type such as LEADER_OF");
        }
        relation.objectId = actorId(entry.object(), path + ".object");
    }

    private Long eventId(String name, String path) {
        Event event = eventsByName.get(name);
        if (event != null) {
            return event.id;
        }
        return Event.<Event> find("name", name).firstResultOptional()
                .orElseThrow(() -> new NotFoundException(path + ": no event is named '" + name + "'"))
                .id;
    }

    private void addEvidence(List<Quote> quotes, String path, Consumer<Evidence> attach) {
        if (quotes == null || quotes.isEmpty()) {
            throw invalid(path + ".evidence", "every fact needs at least one quote");
        }
        for (int i = 0; i < quotes.size(); i++) {
            String quotePath = path + ".evidence[" + i + "]";
            Quote quote = quotes.get(i);
            if (quote == null || Text.isBlank(quote.quote())) {
                throw invalid(quotePath, "the quote is empty");
            }
            Source source = sourceOf(quote, quotePath);
            Evidence passage = Evidence.of(source.id, quote.quote(), locate(source, quote, quotePath));
            attach.accept(passage);
            store.addEvidence(passage);
        }
    }

    private Source sourceOf(Quote quote, String path) {
        if (quote.sourceId() != null) {
            return Source.<Source> findByIdOptional(quote.sourceId())
                    .orElseThrow(() -> new NotFoundException(path + ".sourceId: no source has the id " + quote.sourceId()));
        }
        if (quote.source() != null) {
            Source source = sourcesByKey.get(quote.source());
            if (source == null) {
                source = Source.findByTitle(quote.source()).orElseThrow(() -> new NotFoundException(
                        path + ": no source has the key or title '" + quote.source() + "'"));
            }
            return source;
        }
        if (sourcesByKey.size() != 1) {
            throw invalid(path, "name the quote's 'source': the dataset has " + sourcesByKey.size() + " sources");
        }
        return sourcesByKey.values().iterator().next();
    }

    /** The quote's offset in the source text: its first occurrence, or exactly at the given start. */
    private static int locate(Source source, Quote quote, String path) {
        if (quote.start() != null) {
            if (quote.start() < 0 || !source.text.startsWith(quote.quote(), quote.start())) {
                throw invalid(path, "the quote does not occur at offset " + quote.start() + " of source '"
                        + source.title + "': \"" + Text.abbreviate(quote.quote(), 200) + "\"");
            }
            return quote.start();
        }
        int start = source.text.indexOf(quote.quote());
        if (start < 0) {
            throw invalid(path, "the quote is not a verbatim passage of source '" + source.title + "': \""
                    + Text.abbreviate(quote.quote(), 200) + "\"");
        }
        return start;
    }

    private Long actorId(String name, String path) {
        String required = required(name, path);
        return store.actorId(required)
                .orElseThrow(() -> new NotFoundException(path + ": no actor is named '" + Text.abbreviate(required, 120) + "'"));
    }

    private static String date(String value, String path) {
        if (value != null && !PartialDate.isValid(value)) {
            throw invalid(path, "'" + Text.abbreviate(value, 40) + "' is not a partial ISO date (2024, 2024-10 or 2024-10-23)");
        }
        return value;
    }

    private static String required(String value, String path) {
        if (Text.isBlank(value)) {
            throw invalid(path, "a value is required");
        }
        return value.strip();
    }

    /** Flushes, so that a unique key broken by a concurrent writer is reported as a conflict. */
    private static void flush(String path) {
        try {
            Actor.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw new ConflictException(path + ": a name or alias was taken by another write at the same time");
            }
            throw e;
        }
    }

    private static InvalidArgumentException invalid(String path, String problem) {
        return new InvalidArgumentException(path + ": " + problem);
    }
}
