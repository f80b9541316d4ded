package org.multivector.relation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.SearchHit;
import org.multivector.evidence.Claim;
import org.multivector.persistence.Batch;

@Entity
@Type("Relation")
@Description("A typed relation between two actors: subject LEADER_OF object, subject CAPITAL_OF object ...")
public class Relation extends Claim implements SearchHit {

    @Ignore
    @Column(name = "subject_id")
    public Long subjectId;

    @NonNull
    @Column(name = "relation_type")
    @Description("LEADER_OF, CAPITAL_OF, LOCATED_IN, PART_OF, NEIGHBOUR_OF, ALIGNED_WITH, PARTNER_OF, BUFFER_STATE_OF, FORMER_SATELLITE_OF, DOMINATED_BY, PROJECT_OF, ...")
    public String type;

    @Ignore
    @Column(name = "object_id")
    public Long objectId;

    public static List<Relation> findByActors(Collection<Long> actorIds) {
        Batch.IdCondition subjectIn = Batch.in("subjectId", actorIds);
        Batch.IdCondition objectIn = Batch.in("objectId", actorIds);
        // Both conditions bind the same ids at the same positions.
        return list(subjectIn.hql() + " or " + objectIn.hql() + " order by id", subjectIn.parameters());
    }

    public static List<Relation> listByIds(Collection<Long> ids) {
        return Batch.list(Relation.class, "id", ids);
    }

    /** Relation types are stored upper-case with underscores: "leader of" becomes LEADER_OF. */
    public static String normaliseType(String type) {
        return type.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }
}
