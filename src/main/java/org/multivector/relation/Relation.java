package org.multivector.relation;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.Batch;
import org.multivector.common.KnowledgeEntity;
import org.multivector.search.SearchHit;

@Entity
@Type("Relation")
@Description("A typed relation between two actors: subject LEADER_OF object, subject CAPITAL_OF object ...")
public class Relation extends KnowledgeEntity implements SearchHit {

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
        Batch.IdCondition idIn = Batch.in("id", ids);
        return list(idIn.hql(), idIn.parameters());
    }
}
