package org.multivector.membership;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.evidence.Certainty;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class MembershipService {

    /** Memberships matching the given actor ids and status; null means "any". */
    @ReadOnly
    public MembershipConnection list(Long memberId, Long organisationId, MembershipStatus status,
            Collection<Certainty> certainty, PageRequest page) {
        Filter filter = new Filter()
                .and("memberId = :member", "member", memberId)
                .and("organisationId = :organisation", "organisation", organisationId)
                .and("status = :status", "status", status)
                .and("certainty in :certainty", "certainty", certainty);
        return new MembershipConnection(filter.pageById(Membership.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(Membership.class);
    }

    @ReadOnly
    public List<Membership> ofMembers(Collection<Long> memberIds) {
        return Membership.findByMembers(memberIds);
    }

    @ReadOnly
    public List<Membership> ofOrganisations(Collection<Long> organisationIds) {
        return Membership.findByOrganisations(organisationIds);
    }
}
