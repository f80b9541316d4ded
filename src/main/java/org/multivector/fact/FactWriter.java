package org.multivector.fact;

import static org.multivector.fact.Drafts.orEmpty;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.common.PartialDate;
import org.multivector.common.Text;
import org.multivector.errors.ApiException;
import org.multivector.errors.ConcurrentWriteException;
import org.multivector.errors.ConflictException;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.errors.NotFoundException;
import org.multivector.event.Event;
import org.multivector.evidence.Certainty;
import org.multivector.evidence.Claim;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.StatedFact;
import org.multivector.fact.Drafts.ActorDraft;
import org.multivector.fact.Drafts.ClaimDraft;
import org.multivector.fact.Drafts.EventDraft;
import org.multivector.fact.Drafts.MeasureDraft;
import org.multivector.fact.Drafts.MembershipDraft;
import org.multivector.fact.Drafts.QuoteDraft;
import org.multivector.fact.Drafts.RelationDraft;
import org.multivector.fact.Drafts.SourceDraft;
import org.multivector.measure.MeasureStatus;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.relation.Relation;
import org.multivector.source.Source;

/**
 * The write model's rules: writes sources, actors and evidenced facts for the imports and,
 * through {@link Facts}, for the GraphQL mutations alike. Referenced actors, events and sources
 * must exist, names and aliases are unique case-insensitively, dates are partial ISO dates, and
 * every fact has at least one quote that is a verbatim passage of its source. A broken rule
 * throws an {@link ApiException} that names the field ({@code path}, such as
 * {@code input.evidence[0]}) and the problem; the caller's transaction then writes nothing.
 */
public final class FactWriter {

    private static final Logger LOG = Logger.getLogger(FactWriter.class);

    /** The unique constraint on {@code actor_name.name_key} (V1__knowledge_schema.sql). */
    private static final String NAME_KEY_CONSTRAINT = "actor_name_key_unique";

    /**
     * Where names are looked up and where names and quotes go: straight to the database
     * ({@link #DIRECT}), or, for bulk imports, gathered per chunk of entries.
     */
    public interface Store {
        /** The id of the actor that answers to the name, compared case-insensitively. */
        Optional<Long> actorId(String name);

        /** Adds a name, refused with a {@link ConflictException} when another actor answers to it. */
        void addName(ActorName name, String path);

        void addEvidence(Evidence quote);

        /** A source was written: its mentions are found now, or, by a bulk import, once its actors are written. */
        void sourceWritten(Source source);

        /** An actor's names changed: its mentions are found again now, or once the bulk import is written. */
        void namesChanged(Actor actor);
    }

    /** Every lookup a query, every name flushed at once, so that the next name's check sees it. */
    private static final Store DIRECT = new Store() {
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

        @Override
        public void sourceWritten(Source source) {
            Mentions.rewriteSource(source);
        }

        @Override
        public void namesChanged(Actor actor) {
            Mentions.rewriteActor(actor.id);
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

    private final Store store;
    private final Map<String, Source> sourcesByKey;
    private final Map<String, Event> eventsByName;

    /** A writer straight to the database, as one mutation or the seed's one transaction uses it. */
    public FactWriter() {
        this(DIRECT, new Written());
    }

    public FactWriter(Store store, Written written) {
        this.store = store;
        this.sourcesByKey = written.sourcesByKey;
        this.eventsByName = written.eventsByName;
    }

    public Source addSource(SourceDraft draft, String path) {
        String title = required(draft.title(), path + ".title");
        if (draft.text() == null || draft.text().isEmpty()) {
            throw invalid(path + ".text", "the source text is empty");
        }
        String text = draft.text();
        String key = draft.key() == null ? title : draft.key();
        if (sourcesByKey.containsKey(key)) {
            throw invalid(path, "a second source with key '" + key + "'");
        }
        Source source = Source.create(title, draft.publisher(), draft.section(), text);
        source.persist();
        sourcesByKey.put(key, source);
        store.sourceWritten(source);
        return source;
    }

    public Actor addActor(ActorDraft draft, String path) {
        Actor actor = new Actor();
        describe(actor, draft, path);
        actor.persist();
        addNames(actor, draft, path);
        store.namesChanged(actor);
        return actor;
    }

    /** Replaces the actor's name, kind, description and aliases. */
    public Actor replaceActor(Actor actor, ActorDraft draft, String path) {
        describe(actor, draft, path);
        ActorName.delete("actorId", actor.id);
        flush(path);
        addNames(actor, draft, path);
        store.namesChanged(actor);
        return actor;
    }

    public ActorName addAlias(Actor actor, String alias, String path) {
        ActorName name = addName(actor, alias, path);
        store.namesChanged(actor);
        return name;
    }

    /** Makes the actor answer to one more name; the caller then tells the store that its names changed. */
    private ActorName addName(Actor actor, String alias, String path) {
        String name = required(alias, path);
        if (name.length() > 255) {
            throw invalid(path, "a name or alias has at most 255 characters");
        }
        ActorName actorName = ActorName.of(actor, name, false);
        store.addName(actorName, path);
        return actorName;
    }

    public Event addEvent(EventDraft draft, String path) {
        return writeEvent(new Event(), draft, path);
    }

    /** Writes the draft onto a new or a stored event; a stored one's evidence is replaced. */
    public Event writeEvent(Event event, EventDraft draft, String path) {
        describe(event, draft, path);
        if (event.id == null) {
            if (eventsByName.containsKey(event.name)) {
                throw invalid(path, "a second event named '" + event.name + "'");
            }
            eventsByName.put(event.name, event);
        }
        return evidenced(event, draft.evidence(), StatedFact.EVENT, path);
    }

    public Membership addMembership(MembershipDraft draft, String path) {
        return writeMembership(new Membership(), draft, path);
    }

    public Membership writeMembership(Membership membership, MembershipDraft draft, String path) {
        describe(membership, draft, path);
        return evidenced(membership, draft.evidence(), StatedFact.MEMBERSHIP, path);
    }

    public PunitiveMeasure addMeasure(MeasureDraft draft, String path) {
        return writeMeasure(new PunitiveMeasure(), draft, path);
    }

    public PunitiveMeasure writeMeasure(PunitiveMeasure measure, MeasureDraft draft, String path) {
        describe(measure, draft, path);
        return evidenced(measure, draft.evidence(), StatedFact.MEASURE, path);
    }

    public Relation addRelation(RelationDraft draft, String path) {
        return writeRelation(new Relation(), draft, path);
    }

    public Relation writeRelation(Relation relation, RelationDraft draft, String path) {
        describe(relation, draft, path);
        return evidenced(relation, draft.evidence(), StatedFact.RELATION, path);
    }

    /** Persists a new fact, or drops the evidence of a stored one, then adds the draft's quotes. */
    private <F extends KnowledgeEntity> F evidenced(F fact, List<QuoteDraft> quotes, StatedFact kind, String path) {
        if (fact.id == null) {
            fact.persist();
        } else {
            Evidence.deleteStating(kind, fact.id);
        }
        addEvidence(quotes, path, quote -> kind.attach(quote, fact.id));
        return fact;
    }

    private void describe(Actor actor, ActorDraft draft, String path) {
        String name = required(draft.name(), path + ".name");
        if (draft.kind() == null) {
            throw invalid(path + ".kind", "a value is required");
        }
        actor.name = name;
        actor.nameKey = Text.nameKey(name);
        actor.kind = draft.kind();
        actor.description = draft.description();
    }

    private void addNames(Actor actor, ActorDraft draft, String path) {
        store.addName(ActorName.of(actor, actor.name, true), path + ".name");
        List<String> aliases = orEmpty(draft.aliases());
        for (int i = 0; i < aliases.size(); i++) {
            addName(actor, aliases.get(i), path + ".aliases[" + i + "]");
        }
    }

    public static ConflictException nameTaken(String name, long holderId, String path) {
        // the holder may have been deleted since its name was looked up (another writer, committed meanwhile)
        String holder = Actor.<Actor> findByIdOptional(holderId).map(actor -> "the actor '" + actor.name + "'")
                .orElse("another actor");
        return new ConflictException(path + ": '" + name + "' is already a name of " + holder);
    }

    private void describe(Event event, EventDraft draft, String path) {
        event.name = required(draft.name(), path + ".name");
        event.kind = Relation.normaliseType(required(draft.kind(), path + ".kind"));
        event.date = date(draft.date(), path + ".date");
        event.placeId = draft.place() == null ? null : actorId(draft.place(), path + ".place");
        event.participantIds.clear();
        for (String participant : new LinkedHashSet<>(orEmpty(draft.participants()))) {
            event.participantIds.add(actorId(participant, path + ".participants"));
        }
        claim(event, draft.claim(), Certainty.ASSERTED, path);
        if (event.id != null && event.certainty == Certainty.HYPOTHETICAL) {
            long answering = PunitiveMeasure.count("triggerEventId = ?1 and status <> ?2", event.id,
                    MeasureStatus.SPECULATED);
            if (answering > 0) {
                throw invalid(path + ".certainty", answering + " punitive measures that are not SPECULATED answer this"
                        + " event: it cannot be HYPOTHETICAL while they name it as their trigger");
            }
        }
    }

    private void describe(Membership membership, MembershipDraft draft, String path) {
        membership.memberId = actorId(draft.member(), path + ".member");
        membership.organisationId = actorId(draft.organisation(), path + ".organisation");
        if (membership.memberId.equals(membership.organisationId)) {
            throw invalid(path, "an actor cannot be a member of itself");
        }
        if (draft.status() == null) {
            throw invalid(path + ".status", "a value is required");
        }
        membership.status = draft.status();
        membership.since = date(draft.since(), path + ".since");
        membership.until = date(draft.until(), path + ".until");
        if (membership.since != null && membership.until != null && membership.until.compareTo(membership.since) < 0) {
            throw invalid(path + ".until", "'" + membership.until + "' is before since '" + membership.since + "'");
        }
        claim(membership, draft.claim(), Certainty.ASSERTED, path);
    }

    private void describe(PunitiveMeasure measure, MeasureDraft draft, String path) {
        measure.imposerId = actorId(draft.imposer(), path + ".imposer");
        measure.targetId = actorId(draft.target(), path + ".target");
        if (draft.kind() == null) {
            throw invalid(path + ".kind", "a value is required");
        }
        if (draft.status() == null) {
            throw invalid(path + ".status", "a value is required");
        }
        measure.kind = draft.kind();
        measure.status = draft.status();
        measure.summary = required(draft.summary(), path + ".summary");
        measure.scope = draft.scope();
        measure.statedReason = draft.statedReason();
        measure.assessedMotive = draft.assessedMotive();
        measure.date = date(draft.date(), path + ".date");
        Event trigger = draft.trigger() == null ? null : event(draft.trigger(), path + ".trigger");
        measure.triggerEventId = trigger == null ? null : trigger.id;
        boolean speculated = measure.status == MeasureStatus.SPECULATED;
        claim(measure, draft.claim(), speculated ? Certainty.HYPOTHETICAL : Certainty.ASSERTED, path);
        if (speculated && measure.certainty != Certainty.HYPOTHETICAL) {
            throw invalid(path + ".certainty", "a SPECULATED measure is HYPOTHETICAL, not " + measure.certainty
                    + ": give the certainty HYPOTHETICAL, or another status");
        }
        if (!speculated && measure.certainty == Certainty.HYPOTHETICAL) {
            throw invalid(path + ".status", "a HYPOTHETICAL measure has the status SPECULATED, not " + measure.status);
        }
        if (!speculated && trigger != null && trigger.certainty == Certainty.HYPOTHETICAL) {
            throw invalid(path + ".trigger", "'" + trigger.name + "' is a HYPOTHETICAL event: only a SPECULATED measure"
                    + " answers a scenario");
        }
    }

    private void describe(Relation relation, RelationDraft draft, String path) {
        relation.subjectId = actorId(draft.subject(), path + ".subject");
        relation.type = Relation.normaliseType(required(draft.type(), path + ".type"));
        if (!relation.type.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw invalid(path + ".type", "'" + draft.type() + "' is not a relation type such as LEADER_OF");
        }
        relation.objectId = actorId(draft.object(), path + ".object");
        claim(relation, draft.claim(), Certainty.ASSERTED, path);
    }

    /** How the source states the fact: a view attributed to someone is not stated as plain fact. */
    private static void claim(Claim fact, ClaimDraft draft, Certainty byDefault, String path) {
        ClaimDraft claim = draft == null ? ClaimDraft.DEFAULT : draft;
        fact.certainty = claim.certainty() == null ? byDefault : claim.certainty();
        fact.attributedTo = Text.isBlank(claim.attributedTo()) ? null : claim.attributedTo().strip();
        if (fact.attributedTo != null && fact.attributedTo.length() > 500) {
            throw invalid(path + ".attributedTo", "at most 500 characters");
        }
        if (fact.attributedTo != null && fact.certainty == Certainty.ASSERTED) {
            throw invalid(path + ".attributedTo", "an ASSERTED claim is the source's own; a view it attributes to '"
                    + Text.abbreviate(fact.attributedTo, 80) + "' is REPORTED (or ASSESSED, HYPOTHETICAL)");
        }
    }

    private Event event(String name, String path) {
        Event event = eventsByName.get(name);
        if (event != null) {
            return event;
        }
        return Event.<Event> find("name", name).firstResultOptional()
                .orElseThrow(() -> new NotFoundException(path + ": no event is named '" + name + "'"));
    }

    private void addEvidence(List<QuoteDraft> quotes, String path, Consumer<Evidence> attach) {
        if (quotes == null || quotes.isEmpty()) {
            throw invalid(path + ".evidence", "every fact needs at least one quote");
        }
        for (int i = 0; i < quotes.size(); i++) {
            String quotePath = path + ".evidence[" + i + "]";
            QuoteDraft quote = quotes.get(i);
            if (quote == null || Text.isBlank(quote.quote())) {
                throw invalid(quotePath, "the quote is empty");
            }
            Source source = sourceOf(quote, quotePath);
            Evidence passage = Evidence.of(source.id, quote.quote(), locate(source, quote, quotePath));
            attach.accept(passage);
            store.addEvidence(passage);
        }
    }

    private Source sourceOf(QuoteDraft quote, String path) {
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
    private static int locate(Source source, QuoteDraft quote, String path) {
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

    /**
     * Flushes, so that a unique key broken by a concurrent writer is reported as a conflict: the
     * check before it saw committed names only, not those of writes still under way.
     */
    private static void flush(String path) {
        try {
            Actor.flush();
        } catch (PersistenceException e) {
            ConstraintViolationException violation = e instanceof ConstraintViolationException direct ? direct
                    : e.getCause() instanceof ConstraintViolationException cause ? cause : null;
            if (violation == null) {
                throw e;
            }
            // The database's words name tables and values: the log has them, the client does not.
            LOG.infof("A write of %s met another write at the same time: %s", path,
                    violation.getSQLException().getMessage());
            throw new ConcurrentWriteException(breaksNameKey(violation)
                    ? path + ": a name or alias was taken by another write at the same time"
                    : path + ": another write changed the same records at the same time");
        }
    }

    /** Whether the constraint the database names, in Hibernate's reading or in its own message, is the names' key. */
    static boolean breaksNameKey(ConstraintViolationException violation) {
        return Stream.of(violation.getConstraintName(), violation.getSQLException().getMessage())
                .filter(Objects::nonNull)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(NAME_KEY_CONSTRAINT));
    }

    private static InvalidArgumentException invalid(String path, String problem) {
        return new InvalidArgumentException(path + ": " + problem);
    }
}
