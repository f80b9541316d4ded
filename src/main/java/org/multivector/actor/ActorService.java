package org.multivector.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.Text;
import org.multivector.engine.EntityLookup;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.errors.NotFoundException;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.Like;
import org.multivector.persistence.ReadOnly;

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
                    "search", Like.containing(Text.nameKey(search)));
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
}
