package org.multivector.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.multivector.common.Text;
import org.multivector.config.MultivectorConfig;
import org.multivector.engine.EntityLookup;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.errors.NotFoundException;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.Like;
import org.multivector.persistence.PastRecords;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class ActorService implements EntityLookup<Actor> {

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Inject
    CanonicalNames canonicalNames;

    @ReadOnly
    public Optional<Actor> findById(long id) {
        return Actor.cachedByIds(List.of(id)).stream().findFirst();
    }

    /**
     * The actor that answers to this name now, read as {@link #findById(long)} reads it (from the
     * second-level cache once cached). A canonical name found before is not looked up again while
     * the actor still has it ({@link CanonicalNames}); another name is looked up in the names' index.
     */
    @ReadOnly
    public Optional<Actor> findByName(String name) {
        String key = Text.nameKey(name);
        Optional<Actor> remembered = rememberedActor(key);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<Actor> actor = ActorName.findActorIdByKey(key).flatMap(this::findById);
        actor.filter(found -> key.equals(found.nameKey)).ifPresent(found -> canonicalNames.remember(key, found.id));
        return actor;
    }

    /** The actor a name key was last found to be the canonical name of, if it still is. */
    private Optional<Actor> rememberedActor(String key) {
        Optional<Long> guess = canonicalNames.guess(key);
        if (guess.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor> actor = findById(guess.get()).filter(found -> key.equals(found.nameKey));
        if (actor.isEmpty()) {
            canonicalNames.forget(key);
        }
        return actor;
    }

    /** The actor with this id as it was just after the revision, if it existed then. */
    @ReadOnly
    public Optional<Actor> findById(long id, long asOf) {
        return Optional.ofNullable(past.find(Actor.class, List.of(id), asOf).get(id));
    }

    /**
     * The actor that had this canonical name or alias just after the revision. An actor that had
     * it then either has it now or has changed since: those are the only candidates.
     */
    @ReadOnly
    public Optional<Actor> findByName(String name, long asOf) {
        Set<Long> candidates = new LinkedHashSet<>();
        ActorName.findActorId(name).ifPresent(candidates::add);
        candidates.addAll(past.changedSince(Actor.class, asOf));
        String key = Text.nameKey(name);
        return past.find(Actor.class, candidates, asOf).values().stream()
                .filter(actor -> Text.nameKey(actor.name).equals(key)
                        || actor.asOf().texts("aliases").stream().map(Text::nameKey).anyMatch(key::equals))
                .findFirst();
    }

    /**
     * The id of the actor a filter argument names, by canonical name or alias, as of a revision
     * (null: now). A name that matches no actor is the client's mistake, and the error says which
     * argument held it.
     */
    @ReadOnly
    public Long resolveId(String name, String argument, Long asOf) {
        if (name == null) {
            return null;
        }
        if (name.isBlank()) {
            throw new InvalidArgumentException("Argument '" + argument + "' must not be blank");
        }
        Optional<Long> id = (asOf != null ? findByName(name, asOf) : findByName(name)).map(actor -> actor.id);
        return id.orElseThrow(() -> new NotFoundException("No actor " + (asOf == null ? "is" : "was") + " named '"
                + Text.abbreviate(name, 120) + "'" + (asOf == null ? "" : " at revision " + asOf) + " (argument '"
                + argument + "')"));
    }

    @ReadOnly
    public ActorConnection list(ActorKind kind, String search, PageRequest page) {
        Filter filter = new Filter().and("kind = :kind", "kind", kind);
        if (search != null) {
            if (search.isBlank()) {
                throw new InvalidArgumentException("Argument 'search' must not be blank");
            }
            andNameSearch(filter, Like.containing(Text.nameKey(search)));
        }
        Filter pageFilter = filter.afterKey(page.after(), "nameKey");
        // With a kind, ordered by it too, though it is the same for every row: only then does H2 read
        // the page along the (kind, name key, id) index instead of sorting every actor of the kind.
        String order = kind == null ? " order by nameKey, id" : " order by kind, nameKey, id";
        List<Actor> rows = Actor.find(pageFilter.query() + order, pageFilter.parameters())
                .range(0, page.size())
                .list();
        return new ActorConnection(rows, page, filter);
    }

    /**
     * The condition of {@code actors(search:)}, by how many names match. Tier M (100,000 actors),
     * H2, a page of 20 (bench/RESULTS.md, "Search (issue 15)"): a subquery of every matching
     * actor, sorted, took 1.6-1.7 s for a text 80,000 names hold and 50-65 ms for one 2,000 hold;
     * walking the actors in name order, testing each, takes 24-31 ms for the first, but up to
     * 0.9 s for the second when its names sort together ("west"), and 0.7 s for a text no name
     * holds. Reading the matching names first (up to the walk's limit) says which to use.
     */
    private void andNameSearch(Filter filter, String pattern) {
        int idLimit = config.paging().nameSearchIdLimit();
        int walkFrom = Math.max(idLimit, config.paging().nameSearchWalkFrom());
        List<Long> matching = ActorName.findActorIdsLike(pattern, walkFrom + 1);
        if (matching.size() <= idLimit) {
            filter.and("id in :searchIds", "searchIds", Set.copyOf(matching));
        } else if (matching.size() <= walkFrom) {
            filter.and("id in (select n.actorId from ActorName n where n.nameKey like :search"
                    + " escape '\\')", "search", pattern);
        } else {
            // "this" is the listed actor (the query's root has no alias); an unqualified id would be the name's
            filter.and("exists (select 1 from ActorName n where n.actorId = this.id"
                    + " and n.nameKey like :search escape '\\')", "search", pattern);
        }
    }

    @ReadOnly
    public long count(Filter filter) {
        return Actor.count(filter.query(), filter.parameters());
    }

    @Override
    @ReadOnly
    public List<Actor> findByIds(Set<Long> ids) {
        return Actor.cachedByIds(ids);
    }

    /** The aliases of each actor, in the order they were added; a past actor's as its state kept them. */
    @ReadOnly
    public List<List<String>> aliasesOf(List<Actor> actors) {
        Map<Long, List<String>> aliases = new HashMap<>();
        List<Long> currentIds = actors.stream().filter(actor -> actor.asOf() == null).map(actor -> actor.id).toList();
        if (!currentIds.isEmpty()) {
            for (ActorName alias : ActorName.findAliasesOf(currentIds)) {
                aliases.computeIfAbsent(alias.actorId, id -> new ArrayList<>()).add(alias.name);
            }
        }
        return actors.stream().map(actor -> actor.asOf() != null ? actor.asOf().texts("aliases")
                : aliases.getOrDefault(actor.id, List.of())).toList();
    }
}
