package org.multivector.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.ConflictException;
import org.multivector.common.EntityLookup;
import org.multivector.common.Filter;
import org.multivector.common.InvalidArgumentException;
import org.multivector.common.KnowledgeEntity;
import org.multivector.common.NotFoundException;
import org.multivector.common.PageRequest;
import org.multivector.common.ReadOnly;
import org.multivector.common.Text;
import org.multivector.dataset.Dataset.ActorEntry;
import org.multivector.dataset.FactWriter;
import org.multivector.event.Event;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.relation.Relation;

@ApplicationScoped
@Transactional
public class ActorService implements EntityLookup<Actor> {

    @ReadOnly
    public Optional<Actor> findById(long id) {
        return Actor.findByIdOptional(id);
    }

    @ReadOnly
    public Optional<Actor> findByName(String name) {
        return Actor.findByName(name);
    }

    /**
     * The id of the actor a filter argument names, by canonical name or alias. A name that
     * matches no actor is the client's mistake, and the error says which argument held it.
     */
    @ReadOnly
    public Long resolveId(String name, String argument) {
        if (name == null) {
            return null;
        }
        if (name.isBlank()) {
            throw new InvalidArgumentException("Argument '" + argument + "' must not be blank");
        }
        return ActorName.findActorId(name).orElseThrow(() -> new NotFoundException(
                "No actor is named '" + Text.abbreviate(name, 120) + "' (argument '" + argument + "')"));
    }

    @ReadOnly
    public ActorConnection list(ActorKind kind, String search, PageRequest page) {
        Filter filter = new Filter().and("kind = :kind", "kind", kind);
        if (search != null) {
            if (search.isBlank()) {
                throw new InvalidArgumentException("Argument 'search' must not be blank");
            }
            filter.and("id in (select n.actorId from ActorName n where n.nameKey like :search escape '\\')",
                    "search", "%" + escapeLike(Text.nameKey(search)) + "%");
        }
        Filter pageFilter = filter.afterKey(page.after(), "nameKey");
        List<Actor> rows = Actor.find(pageFilter.query() + " order by nameKey, id", pageFilter.parameters())
                .range(0, page.size())
                .list();
        return new ActorConnection(rows, page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return Actor.count(filter.query(), filter.parameters());
    }

    @Override
    @ReadOnly
    public List<Actor> findByIds(Set<Long> ids) {
        return Actor.listByIds(ids);
    }

    /** Aliases of each actor, keyed by actor id, in the order they were added. */
    @ReadOnly
    public Map<Long, List<String>> aliasesOf(Collection<Long> actorIds) {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (ActorName alias : ActorName.findAliasesOf(actorIds)) {
            aliases.computeIfAbsent(alias.actorId, id -> new ArrayList<>()).add(alias.name);
        }
        return aliases;
    }

    public Actor add(ActorEntry entry) {
        return new FactWriter(null).addActor(entry, "input");
    }

    /** Replaces an actor's name, kind, description and aliases. */
    public Actor replace(long id, ActorEntry entry) {
        return new FactWriter(null).replaceActor(existing(id), entry, "input");
    }

    public Actor addAlias(String actorName, String alias) {
        Actor actor = named(actorName);
        new FactWriter(null).addAlias(actor, alias, "alias");
        return actor;
    }

    public Actor removeAlias(String actorName, String alias) {
        Actor actor = named(actorName);
        ActorName name = ActorName.findByName(alias)
                .filter(candidate -> candidate.actorId.equals(actor.id) && !candidate.canonical)
                .orElseThrow(() -> new NotFoundException(
                        "'" + Text.abbreviate(alias, 120) + "' is not an alias of '" + actor.name + "'"));
        name.delete();
        return actor;
    }

    /** Deletes an actor that no fact mentions; otherwise names the facts that do. */
    public long delete(long id) {
        Actor actor = existing(id);
        List<String> users = new ArrayList<>();
        mentions(users, "memberships", Membership.find("memberId = ?1 or organisationId = ?1 order by id", id).list());
        mentions(users, "punitive measures",
                PunitiveMeasure.find("imposerId = ?1 or targetId = ?1 order by id", id).list());
        mentions(users, "relations", Relation.find("subjectId = ?1 or objectId = ?1 order by id", id).list());
        mentions(users, "events", Event.find("placeId = ?1 or ?1 member of participantIds order by id", id).list());
        if (!users.isEmpty()) {
            throw new ConflictException("Actor '" + actor.name + "' is still used by " + String.join("; ", users)
                    + ": delete or change those first");
        }
        actor.delete();
        return id;
    }

    private static void mentions(List<String> users, String kind, List<? extends KnowledgeEntity> facts) {
        if (!facts.isEmpty()) {
            users.add(kind + " " + facts.stream().limit(20).map(fact -> fact.id.toString())
                    .collect(Collectors.joining(", ")) + (facts.size() > 20 ? " and " + (facts.size() - 20) + " more" : ""));
        }
    }

    private static Actor existing(long id) {
        return Actor.<Actor> findByIdOptional(id).orElseThrow(() -> new NotFoundException("No actor has the id " + id));
    }

    private static Actor named(String name) {
        return Actor.findByName(name).orElseThrow(
                () -> new NotFoundException("No actor is named '" + Text.abbreviate(name, 120) + "' (argument 'actor')"));
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
