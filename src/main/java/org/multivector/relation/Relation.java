package org.multivector.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
        // Two statements, each along its index: H2 answers "subject in ... or object in ..." by
        // reading every relation (0.5 s on 300,000 relations, against 1-18 ms for either side).
        Map<Long, Relation> byId = new TreeMap<>();
        for (Relation relation : Batch.listInIdOrder(Relation.class, "subjectId", actorIds)) {
            byId.put(relation.id, relation);
        }
        for (Relation relation : Batch.listInIdOrder(Relation.class, "objectId", actorIds)) {
            byId.putIfAbsent(relation.id, relation);
        }
        return new ArrayList<>(byId.values());
    }

    public static List<Relation> listByIds(Collection<Long> ids) {
        return Batch.list(Relation.class, "id", ids);
    }

    /** Relation types are stored upper-case with underscores: "leader of" becomes LEADER_OF. */
    public static String normaliseType(String type) {
        return type.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }
}
