package org.multivector.membership;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorService;
import org.multivector.config.MultivectorConfig;
import org.multivector.engine.Reference;
import org.multivector.evidence.Certainty;
import org.multivector.evidence.Claim;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.EvidenceService;
import org.multivector.evidence.StatedFact;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;

@GraphQLApi
public class MembershipGraphQL {

    @Inject
    EvidenceService evidence;

    @Inject
    MembershipService memberships;

    @Inject
    ActorService actors;

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Query("memberships")
    @Description("Memberships, refusals and partnerships, filtered by member, organisation and status.")
    public @NonNull MembershipConnection memberships(
            @Description("The member's name or alias, in any case.") String member,
            @Description("The organisation's name or alias, in any case.") String organisation,
            @Description("Only memberships with this status.") MembershipStatus status,
            @Description(Certainty.FILTER) List<Certainty> certainty,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after,
            @Description(PastRecords.AS_OF) Integer asOf) {
        PageRequest page = PageRequest.of(first, after, MembershipConnection.NAME, config.paging());
        Long revision = past.revision(asOf);
        return memberships.list(actors.resolveId(member, "member", revision),
                actors.resolveId(organisation, "organisation", revision), status,
                Certainty.filter(certainty, "certainty"), page, revision);
    }

    @Name("memberships")
    @Description("This actor's standing in organisations and blocs: the actor as member.")
    public List<@NonNull List<@NonNull Membership>> membershipsOf(@Source List<Actor> actors,
            @Name("status") @Description("Only memberships with this status.") MembershipStatus status,
            @Name("certainty") @Description(Certainty.FILTER)
            List<Certainty> certainty) {
        return memberships.ofMembers(actors).stream().map(rows -> matching(rows, status, certainty)).toList();
    }

    @Name("members")
    @Description("The actors that stand towards this organisation: the actor as organisation.")
    public List<@NonNull List<@NonNull Membership>> membersOf(@Source List<Actor> organisations,
            @Name("status") @Description("Only memberships with this status.") MembershipStatus status,
            @Name("certainty") @Description(Certainty.FILTER)
            List<Certainty> certainty) {
        return memberships.ofOrganisations(organisations).stream().map(rows -> matching(rows, status, certainty))
                .toList();
    }

    @Name("member")
    @Description("The actor that is (or declined to be) a member.")
    @Reference(idField = "memberId")
    public List<@NonNull Actor> member(@Source List<Membership> parents) {
        return past.lookup(parents, membership -> membership.memberId, Actor.class, actors::findByIds);
    }

    @Name("organisation")
    @Description("The organisation or bloc.")
    @Reference(idField = "organisationId")
    public List<@NonNull Actor> organisation(@Source List<Membership> parents) {
        return past.lookup(parents, membership -> membership.organisationId, Actor.class, actors::findByIds);
    }

    private static List<Membership> matching(List<Membership> rows, MembershipStatus status,
            List<Certainty> certainty) {
        List<Membership> claims = Claim.withCertainty(rows, certainty);
        return status == null ? claims : claims.stream().filter(row -> row.status == status).toList();
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source MembershipConnection connection) {
        return Math.toIntExact(memberships.count(connection.filter()));
    }

    @Name("evidence")
    @Description("The passages of sources that state this membership: at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<Membership> parents) {
        return evidence.stating(StatedFact.MEMBERSHIP, parents);
    }
}
