package org.multivector.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.multivector.common.SearchHit;
import org.multivector.common.Text;
import org.multivector.persistence.Batch;
import org.multivector.persistence.CachedRecords;
import org.multivector.persistence.KnowledgeEntity;

@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Type("Actor")
@Description("A state, bloc, leader, city, region or government body.")
public class Actor extends KnowledgeEntity implements SearchHit {

    @NonNull
    @Description("Canonical English name: \"Kazakhstan\", \"Collective Security Treaty Organisation\".")
    public String name;

    /** Lower-cased name: the order and keyset key of the actors connection. */
    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of actor this is.")
    public ActorKind kind;

    @Description("A short description, from the sources.")
    public String description;

    /** The actor with this canonical name or alias, compared case-insensitively. */
    public static Optional<Actor> findByName(String name) {
        return find("select a from Actor a, ActorName n where n.actorId = a.id and n.nameKey = ?1", Text.nameKey(name))
                .firstResultOptional();
    }

    public static List<Actor> listByIds(Collection<Long> ids) {
        return Batch.list(Actor.class, "id", ids);
    }

    /**
     * The canonical names of these actors, by id: (id, name) pairs in one statement, never the
     * entities, which a write session would take into its persistence context (the revision
     * states of a bulk import's chunk of 1,000 relations name up to 2,000 actors).
     */
    public static Map<Long, String> findNamesByIds(Collection<Long> ids) {
        Batch.IdCondition idIn = Batch.in("id", ids);
        Map<Long, String> names = new HashMap<>();
        idIn.bind(getEntityManager().createQuery("select a.id, a.name from Actor a where " + idIn.hql(),
                Object[].class)).getResultStream().forEach(pair -> names.put((Long) pair[0], (String) pair[1]));
        return names;
    }

    /**
     * The actors with these ids, in any order: those the second-level cache holds built from its
     * state ({@link CachedRecords}: not in the session, for reading only), the others from the
     * database with one statement, and then cached. For the lookups that requests
     * repeat (the nested fields that name an actor), not for reading many once (an export).
     * Hibernate's own multi-load would read the others with {@code array_contains(?, id)} on H2,
     * which reads the whole table rather than the index (tier M, 3 ids: 422 ms, against 6 ms for
     * {@code id = any(?)}, which {@link Batch} writes). A write transaction reads them all from
     * the database: another instance may have changed what the cache holds.
     */
    public static List<Actor> cachedByIds(Collection<Long> ids) {
        if (!getSession().isDefaultReadOnly()) {
            return listByIds(ids);
        }
        CachedRecords.Found<Actor> cached = CachedRecords.read(getSession(), Actor.class, ids);
        List<Actor> found = cached.records();
        if (!cached.uncached().isEmpty()) {
            found.addAll(Batch.listCaching(Actor.class, cached.uncached()));
        }
        return found;
    }
}
