package org.multivector.membership;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.multivector.evidence.Certainty;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.PastRecords;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class MembershipService {

    @Inject
    PastRecords past;

    /** Memberships matching the given actor ids and status, as of a revision; null means "any" and "now". */
    @ReadOnly
    public MembershipConnection list(Long memberId, Long organisationId, MembershipStatus status,
            Collection<Certainty> certainty, PageRequest page, Long asOf) {
        Filter filter = new Filter()
                .and("memberId = :member", "member", memberId)
                .and("organisationId = :organisation", "organisation", organisationId)
                .and("status = :status", "status", status)
                .and("certainty in :certainty", "certainty", certainty)
                .asOf(past, asOf, (Membership membership) -> Filter.matches(memberId, membership.memberId)
                        && Filter.matches(organisationId, membership.organisationId)
                        && Filter.matches(status, membership.status)
                        && Filter.matchesAny(certainty, membership.certainty));
        return new MembershipConnection(filter.pageById(Membership.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(Membership.class);
    }

    /** For each actor, its memberships as a member, as of the revision the actor was read as of. */
    @ReadOnly
    public List<List<Membership>> ofMembers(List<? extends KnowledgeEntity> members) {
        return past.children(members, Membership.class, Membership::findByMembers,
                membership -> List.of(membership.memberId));
    }

    /** For each organisation, the memberships in it, as of the revision it was read as of. */
    @ReadOnly
    public List<List<Membership>> ofOrganisations(List<? extends KnowledgeEntity> organisations) {
        return past.children(organisations, Membership.class, Membership::findByOrganisations,
                membership -> List.of(membership.organisationId));
    }
}
