package org.multivector.measure;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.SearchHit;
import org.multivector.evidence.Claim;
import org.multivector.persistence.Batch;

import com.fasterxml.jackson.annotation.JsonAlias;

@Entity
@Table(name = "punitive_measure")
@Type("PunitiveMeasure")
@Description("A punitive measure one actor imposed on, threatened against or is speculated to take against another.")
public class PunitiveMeasure extends Claim implements SearchHit {

    @Ignore
    @Column(name = "imposer_id")
    public Long imposerId;

    @Ignore
    @Column(name = "target_id")
    public Long targetId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of measure.")
    public MeasureKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether it happened.")
    public MeasureStatus status;

    @NonNull
    @Description("One sentence saying what was done.")
    public String summary;

    @Description("What it covers: \"several Kazakh fruit and vegetable products\".")
    public String scope;

    @Column(name = "stated_reason")
    @Description("The reason the imposer gave.")
    public String statedReason;

    @Column(name = "assessed_motive")
    @Description("The motive the source attributes to the imposer.")
    public String assessedMotive;

    @Ignore
    @Column(name = "trigger_event_id")
    // a revision's state names it as the import format's references do
    @JsonAlias("triggerId")
    public Long triggerEventId;

    @Column(name = "measure_date")
    @Description("When, as a partial ISO date; null where the source gives no date.")
    public String date;

    public static List<PunitiveMeasure> findByImposers(Collection<Long> imposerIds) {
        return Batch.listInIdOrder(PunitiveMeasure.class, "imposerId", imposerIds);
    }

    public static List<PunitiveMeasure> findByTargets(Collection<Long> targetIds) {
        return Batch.listInIdOrder(PunitiveMeasure.class, "targetId", targetIds);
    }

    public static List<PunitiveMeasure> listByIds(Collection<Long> ids) {
        return Batch.list(PunitiveMeasure.class, "id", ids);
    }
}
