package org.multivector.membership;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.SearchHit;
import org.multivector.evidence.Claim;
import org.multivector.persistence.Batch;

@Entity
@Type("Membership")
@Description("How an actor stands towards an organisation or bloc: member, partner, applicant, observer, declined or former member.")
public class Membership extends Claim implements SearchHit {

    @Ignore
    @Column(name = "member_id")
    public Long memberId;

    @Ignore
    @Column(name = "organisation_id")
    public Long organisationId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the member stands towards the organisation.")
    public MembershipStatus status;

    @Column(name = "valid_since")
    @Description("Since when, as a partial ISO date: \"2024\", \"2024-10\", \"2024-10-23\".")
    public String since;

    @Column(name = "valid_until")
    @Description("Until when, as a partial ISO date; null while it holds.")
    public String until;

    public static List<Membership> findByMembers(Collection<Long> memberIds) {
        return Batch.listInIdOrder(Membership.class, "memberId", memberIds);
    }

    public static List<Membership> findByOrganisations(Collection<Long> organisationIds) {
        return Batch.listInIdOrder(Membership.class, "organisationId", organisationIds);
    }

    public static List<Membership> listByIds(Collection<Long> ids) {
        return Batch.list(Membership.class, "id", ids);
    }
}
