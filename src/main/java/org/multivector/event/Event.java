package org.multivector.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.SearchHit;
import org.multivector.evidence.Claim;
import org.multivector.persistence.Batch;

@Entity
@Type("Event")
@Description("Something that happened: a summit, a decision, a measure, a war, a dissolution.")
public class Event extends Claim implements SearchHit {

    @NonNull
    @Description("Name of the event: \"BRICS summit in Kazan\".")
    public String name;

    @NonNull
    @Description("SUMMIT, DECISION, MEASURE, WAR, DISSOLUTION ...")
    public String kind;

    @Column(name = "event_date")
    @Description("When, as a partial ISO date; null where the source gives no date.")
    public String date;

    @Ignore
    @Column(name = "place_id")
    public Long placeId;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "actor_id")
    public List<Long> participantIds = new ArrayList<>();

    public static List<Event> listByIds(Collection<Long> ids) {
        return Batch.list(Event.class, "id", ids);
    }

    /** Pairs of event id and participant id for these events, in one query. */
    public static List<Object[]> findParticipantPairs(Collection<Long> eventIds) {
        Batch.IdCondition eventIn = Batch.in("e.id", eventIds);
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select e.id, p from Event e join e.participantIds p where " + eventIn.hql(), Object[].class);
        for (int i = 0; i < eventIn.parameters().length; i++) {
            query.setParameter(i + 1, eventIn.parameters()[i]);
        }
        return query.getResultList();
    }
}
