package org.multivector.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.SearchHit;
import org.multivector.common.Text;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;

@Entity
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
}
