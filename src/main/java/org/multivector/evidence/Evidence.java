package org.multivector.evidence;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;

/**
 * A verbatim passage of a source that states one fact. Exactly one of the fact ids is set.
 */
@Entity
@Type("Evidence")
@Description("The exact passage of a source that states a fact: quote == source.text.substring(start, end).")
public class Evidence extends KnowledgeEntity {

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @NonNull
    @Description("A verbatim passage of source.text.")
    public String quote;

    @NonNull
    @Column(name = "start_offset")
    @Description("Offset of the quote's first character in source.text, in UTF-16 code units.")
    public int start;

    @NonNull
    @Column(name = "end_offset")
    @Description("Offset just past the quote's last character in source.text, in UTF-16 code units.")
    public int end;

    @Ignore
    @Column(name = "membership_id")
    public Long membershipId;

    @Ignore
    @Column(name = "measure_id")
    public Long measureId;

    @Ignore
    @Column(name = "relation_id")
    public Long relationId;

    @Ignore
    @Column(name = "event_id")
    public Long eventId;

    public static Evidence of(long sourceId, String quote, int start) {
        Evidence evidence = new Evidence();
        evidence.sourceId = sourceId;
        evidence.quote = quote;
        evidence.start = start;
        evidence.end = start + quote.length();
        return evidence;
    }

    /** The evidence of these facts of one kind, in the order it was recorded. */
    public static List<Evidence> findStating(StatedFact kind, Collection<Long> factIds) {
        return Batch.listInIdOrder(Evidence.class, kind.property(), factIds);
    }
}
