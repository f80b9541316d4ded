package org.multivector.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import org.multivector.common.Text;
import org.multivector.persistence.Batch;
import org.multivector.persistence.EntityKey;
import org.multivector.persistence.KnowledgeEntity;

/**
 * One name an actor answers to: its canonical name or an alias. All names share one unique
 * lower-cased key, so no two actors can be reached by the same name.
 */
@Entity
@Table(name = "actor_name")
public class ActorName extends KnowledgeEntity {

    private static final int KEYS_PER_QUERY = 500;

    @Column(name = "actor_id")
    public Long actorId;

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    public boolean canonical;

    public static ActorName of(Actor actor, String name, boolean canonical) {
        ActorName actorName = new ActorName();
        actorName.actorId = actor.id;
        actorName.name = name.strip();
        actorName.nameKey = Text.nameKey(name);
        actorName.canonical = canonical;
        return actorName;
    }

    /** The id of the actor that answers to this name, compared case-insensitively. */
    public static Optional<Long> findActorId(String name) {
        return findActorIdByKey(Text.nameKey(name));
    }

    /** The id of the actor that answers to the name with this key ({@link Text#nameKey(String)}). */
    public static Optional<Long> findActorIdByKey(String nameKey) {
        return getEntityManager()
                .createQuery("select n.actorId from ActorName n where n.nameKey = ?1", Long.class)
                .setParameter(1, nameKey)
                .getResultStream()
                .findFirst();
    }

    /** The ids of the actors that answer to the given name keys, by key: one query per 500 keys. */
    public static Map<String, Long> findActorIdsByKey(Collection<String> nameKeys) {
        Map<String, Long> actorIds = new HashMap<>();
        List<String> keys = List.copyOf(nameKeys);
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            getEntityManager()
                    .createQuery("select n.nameKey, n.actorId from ActorName n where n.nameKey in ?1", Object[].class)
                    .setParameter(1, keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))
                    .getResultList()
                    .forEach(row -> actorIds.put((String) row[0], (Long) row[1]));
        }
        return actorIds;
    }

    /**
     * The actor id of each name that matches the {@code like} pattern, up to {@code maxNames} of
     * them: reading stops there, so a pattern most names match costs no more than a rare one.
     */
    public static List<Long> findActorIdsLike(String pattern, int maxNames) {
        return getEntityManager()
                .createQuery("select n.actorId from ActorName n where n.nameKey like ?1 escape '\\'", Long.class)
                .setParameter(1, pattern)
                .setMaxResults(maxNames)
                .getResultList();
    }

    public static Optional<ActorName> findByName(String name) {
        return find("nameKey", Text.nameKey(name)).firstResultOptional();
    }

    /** Every name of these actors, canonical names included, by actor id. */
    public static Map<Long, List<String>> findNamesOf(Collection<Long> actorIds) {
        Batch.IdCondition actorIdIn = Batch.in("actorId", actorIds);
        return namesByActor(actorIdIn.bind(getEntityManager().createQuery(
                "select n.actorId, n.name from ActorName n where " + actorIdIn.hql(), Object[].class)));
    }

    /** Every name of the actors with ids from {@code first} to {@code last}, canonical names included, by actor id. */
    public static Map<Long, List<String>> findNamesBetween(long first, long last) {
        return namesByActor(getEntityManager().createQuery("select n.actorId, n.name from ActorName n"
                + " where n.actorId between ?1 and ?2", Object[].class).setParameter(1, first).setParameter(2, last));
    }

    /** Every name of every actor, by actor id: pairs only, never the entities of a large import's names. */
    public static Map<Long, List<String>> findAllNames() {
        return namesByActor(getEntityManager().createQuery("select n.actorId, n.name from ActorName n", Object[].class));
    }

    private static Map<Long, List<String>> namesByActor(TypedQuery<Object[]> pairs) {
        return Batch.textsById(pairs);
    }

    /** A name is part of its actor: changing one changes the actor. */
    @Override
    public EntityKey changedRecord() {
        return new EntityKey("Actor", actorId);
    }

    public static List<ActorName> findAliasesOf(Collection<Long> actorIds) {
        Batch.IdCondition actorIdIn = Batch.in("actorId", actorIds);
        return list(actorIdIn.hql() + " and canonical = false order by id", actorIdIn.parameters());
    }
}
