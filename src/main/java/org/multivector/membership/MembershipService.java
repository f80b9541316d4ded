package org.multivector.membership;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.Filter;
import org.multivector.common.NotFoundException;
import org.multivector.common.PageRequest;
import org.multivector.common.ReadOnly;
import org.multivector.dataset.Dataset.MembershipEntry;
import org.multivector.dataset.FactWriter;

@ApplicationScoped
@Transactional
public class MembershipService {

    /** Memberships matching the given actor ids and status; null means "any". */
    @ReadOnly
    public MembershipConnection list(Long memberId, Long organisationId, MembershipStatus status, PageRequest page) {
        Filter filter = new Filter()
                .and("memberId = :member", "member", memberId)
                .and("organisationId = :organisation", "organisation", organisationId)
                .and("status = :status", "status", status);
        Filter pageFilter = filter.afterId(page.after());
        List<Membership> rows = Membership.find(pageFilter.query() + " order by id", pageFilter.parameters())
                .range(0, page.size())
                .list();
        return new MembershipConnection(rows, page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return Membership.count(filter.query(), filter.parameters());
    }

    @ReadOnly
    public List<Membership> ofMembers(Collection<Long> memberIds) {
        return Membership.findByMembers(memberIds);
    }

    @ReadOnly
    public List<Membership> ofOrganisations(Collection<Long> organisationIds) {
        return Membership.findByOrganisations(organisationIds);
    }

    public Membership add(MembershipEntry entry) {
        return new FactWriter(null).addMembership(entry, "input");
    }

    /** Replaces every field and the evidence of the membership with this id. */
    public Membership replace(long id, MembershipEntry entry) {
        return new FactWriter(null).writeMembership(existing(id), entry, "input");
    }

    public long delete(long id) {
        Membership fact = existing(id);
        fact.delete();
        return id;
    }

    private static Membership existing(long id) {
        return Membership.<Membership> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No membership has the id " + id));
    }
}
