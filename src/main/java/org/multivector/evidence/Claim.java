package org.multivector.evidence;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.persistence.KnowledgeEntity;

/**
 * A fact as its source states it: every membership, punitive measure, relation and event says
 * how strongly the source makes the claim, and whose view it is.
 */
@MappedSuperclass
public abstract class Claim extends KnowledgeEntity {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How strongly the source states it: as fact, as its own judgement, as others' view, or as a scenario.")
    public Certainty certainty = Certainty.ASSERTED;

    @Column(name = "attributed_to")
    @Description("Whose view an ASSESSED, REPORTED or HYPOTHETICAL claim is, in the source's words; "
            + "null: the source's author, or, for a REPORTED view, a holder the source does not name.")
    public String attributedTo;

    /**
     * The claims that pass the {@code certainty} argument of a fact list (null passes all; an
     * empty list or a null in it is refused, see {@link Certainty#filter}).
     */
    public static <C extends Claim> List<C> withCertainty(List<C> claims, List<Certainty> certainty) {
        Collection<Certainty> certainties = Certainty.filter(certainty, "certainty");
        return certainties == null ? claims
                : claims.stream().filter(claim -> certainties.contains(claim.certainty)).toList();
    }
}
