package org.multivector.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.transaction.Transactional;

import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.common.Text;
import org.multivector.errors.ConflictException;
import org.multivector.errors.NotFoundException;
import org.multivector.event.Event;
import org.multivector.evidence.Evidence;
import org.multivector.fact.Drafts.ActorDraft;
import org.multivector.fact.Drafts.EventDraft;
import org.multivector.fact.Drafts.MeasureDraft;
import org.multivector.fact.Drafts.MembershipDraft;
import org.multivector.fact.Drafts.RelationDraft;
import org.multivector.fact.Drafts.SourceDraft;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.relation.Relation;
import org.multivector.source.Source;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The write model's commands, one transaction each: what the GraphQL mutations call. Adds and
 * replaces go through {@link FactWriter}'s rules, with errors that name the field under the
 * caller's {@code path} ({@code input.evidence[0]}); deletes refuse to leave a fact pointing at
 * nothing.
 */
@ApplicationScoped
@Transactional
public class Facts {

    public Source addSource(SourceDraft draft, String path) {
        return new FactWriter().addSource(draft, path);
    }

    /** Deletes a source that no evidence quotes, with its mentions of actors. */
    public long deleteSource(long id) {
        Source source = existing(Source.class, id, "source");
        long quotes = Evidence.countStatingIn(id);
        if (quotes > 0) {
            throw new ConflictException("Source " + id + " ('" + source.title + "') is quoted by " + quotes
                    + " pieces of evidence: delete or change those facts first");
        }
        Evidence.deleteMentionsIn(id);
        source.delete();
        return id;
    }

    public Actor addActor(ActorDraft draft, String path) {
        return new FactWriter().addActor(draft, path);
    }

    /** Replaces an actor's name, kind, description and aliases. */
    public Actor replaceActor(long id, ActorDraft draft, String path) {
        return new FactWriter().replaceActor(existing(Actor.class, id, "actor"), draft, path);
    }

    /** Adds an alias to the actor named {@code actorName}; errors name the caller's {@code arguments}. */
    public Actor addAlias(String actorName, String alias, AliasArguments arguments) {
        Actor actor = named(actorName, arguments.actor());
        new FactWriter().addAlias(actor, alias, arguments.alias());
        return actor;
    }

    public Actor removeAlias(String actorName, String alias, AliasArguments arguments) {
        Actor actor = named(actorName, arguments.actor());
        ActorName name = ActorName.findByName(alias)
                .filter(candidate -> candidate.actorId.equals(actor.id) && !candidate.canonical)
                .orElseThrow(() -> new NotFoundException(
                        "'" + Text.abbreviate(alias, 120) + "' is not an alias of '" + actor.name + "'"));
        name.delete();
        Mentions.rewriteActor(actor.id);
        return actor;
    }

    /** Deletes an actor that no fact mentions; otherwise names the facts that do. */
    public long deleteActor(long id) {
        Actor actor = existing(Actor.class, id, "actor");
        List<String> users = new ArrayList<>();
        listUsers(users, "memberships", Membership.find("memberId = ?1 or organisationId = ?1 order by id", id).list());
        listUsers(users, "punitive measures",
                PunitiveMeasure.find("imposerId = ?1 or targetId = ?1 order by id", id).list());
        listUsers(users, "relations", Relation.find("subjectId = ?1 or objectId = ?1 order by id", id).list());
        listUsers(users, "events", Event.find("placeId = ?1 or ?1 member of participantIds order by id", id).list());
        if (!users.isEmpty()) {
            throw new ConflictException("Actor '" + actor.name + "' is still used by " + String.join("; ", users)
                    + ": delete or change those first");
        }
        actor.delete();
        return id;
    }

    public Event addEvent(EventDraft draft, String path) {
        return new FactWriter().addEvent(draft, path);
    }

    /** Replaces every field and the evidence of the event with this id. */
    public Event replaceEvent(long id, EventDraft draft, String path) {
        return new FactWriter().writeEvent(existing(Event.class, id, "event"), draft, path);
    }

    /** Deletes an event and its evidence, unless a punitive measure names it as its trigger. */
    public long deleteEvent(long id) {
        Event event = existing(Event.class, id, "event");
        List<PunitiveMeasure> triggered = PunitiveMeasure.list("triggerEventId = ?1 order by id", id);
        if (!triggered.isEmpty()) {
            throw new ConflictException("Event " + id + " is the trigger of punitive measures "
                    + triggered.stream().map(measure -> measure.id.toString()).collect(Collectors.joining(", "))
                    + ": change those first");
        }
        event.delete();
        return id;
    }

    public Membership addMembership(MembershipDraft draft, String path) {
        return new FactWriter().addMembership(draft, path);
    }

    /** Replaces every field and the evidence of the membership with this id. */
    public Membership replaceMembership(long id, MembershipDraft draft, String path) {
        return new FactWriter().writeMembership(existing(Membership.class, id, "membership"), draft, path);
    }

    public long deleteMembership(long id) {
        return delete(Membership.class, id, "membership");
    }

    public PunitiveMeasure addMeasure(MeasureDraft draft, String path) {
        return new FactWriter().addMeasure(draft, path);
    }

    /** Replaces every field and the evidence of the measure with this id. */
    public PunitiveMeasure replaceMeasure(long id, MeasureDraft draft, String path) {
        return new FactWriter().writeMeasure(existing(PunitiveMeasure.class, id, "punitive measure"), draft, path);
    }

    public long deleteMeasure(long id) {
        return delete(PunitiveMeasure.class, id, "punitive measure");
    }

    public Relation addRelation(RelationDraft draft, String path) {
        return new FactWriter().addRelation(draft, path);
    }

    /** Replaces every field and the evidence of the relation with this id. */
    public Relation replaceRelation(long id, RelationDraft draft, String path) {
        return new FactWriter().writeRelation(existing(Relation.class, id, "relation"), draft, path);
    }

    public long deleteRelation(long id) {
        return delete(Relation.class, id, "relation");
    }

    /** Deletes a fact that nothing points at; its evidence goes with it (the schema cascades). */
    private static long delete(Class<? extends KnowledgeEntity> type, long id, String noun) {
        existing(type, id, noun).delete();
        return id;
    }

    /** The stored record, never the second-level cache's copy, which another instance's write may have outdated. */
    private static <T extends KnowledgeEntity> T existing(Class<T> type, long id, String noun) {
        T entity = Panache.getEntityManager(type).find(type, id, CacheRetrieveMode.BYPASS);
        if (entity == null) {
            throw new NotFoundException("No " + noun + " has the id " + id);
        }
        return entity;
    }

    private static Actor named(String name, String argument) {
        return Actor.findByName(name).orElseThrow(() -> new NotFoundException(
                "No actor is named '" + Text.abbreviate(name, 120) + "' (argument '" + argument + "')"));
    }

    /** The names the caller gives the actor and the alias of an alias command, for its errors. */
    public record AliasArguments(String actor, String alias) {
    }

    private static void listUsers(List<String> users, String kind, List<? extends KnowledgeEntity> facts) {
        if (!facts.isEmpty()) {
            users.add(kind + " " + facts.stream().limit(20).map(fact -> fact.id.toString())
                    .collect(Collectors.joining(", ")) + (facts.size() > 20 ? " and " + (facts.size() - 20) + " more" : ""));
        }
    }
}
