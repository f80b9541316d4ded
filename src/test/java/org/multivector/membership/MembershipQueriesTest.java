package org.multivector.membership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MembershipQueriesTest {

    static final String MEMBERSHIPS = """
            query Memberships($member: String, $organisation: String, $status: MembershipStatus,
                              $first: Int, $after: String) {
              memberships(member: $member, organisation: $organisation, status: $status,
                          first: $first, after: $after) {
                totalCount
                nodes {
                  status since until
                  member { name }
                  organisation { name }
                  evidence { quote start end source { title } }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void kazakhstanIsAMemberOfTheCstoAndTheEaeu() {
        GraphQL.query(MEMBERSHIPS, Map.of("member", "Kazakhstan", "status", "MEMBER"))
                .body("errors", nullValue())
                .body("data.memberships.totalCount", equalTo(2))
                .body("data.memberships.nodes.organisation.name",
                        containsInAnyOrder("Collective Security Treaty Organisation", "Eurasian Economic Union"))
                .body("data.memberships.nodes.since", everyItem(nullValue()))
                .body("data.memberships.nodes[0].evidence[0].quote",
                        endsWith("its integration into various Russian-dominated security and economic institutions "
                                + "such as the Collective Security Treaty Organisation (CSTO) and the Eurasian "
                                + "Economic Union (EAEU)"));
    }

    @Test
    void kazakhstanDeclinedBrics() {
        GraphQL.query(MEMBERSHIPS, Map.of("member", "kazakhstan", "organisation", "brics"))
                .body("data.memberships.totalCount", equalTo(1))
                .body("data.memberships.nodes[0].status", equalTo("DECLINED"))
                .body("data.memberships.nodes[0].evidence.quote", hasItem(
                        "Kazakhstan’s President Kassym-Jomart Tokayev has decided that Astana, for the time being, "
                                + "will not join the BRICS bloc."))
                .body("data.memberships.nodes[0].evidence.source.title",
                        everyItem(equalTo("Kazakhstan’s rejection of BRICS is a geopolitical gamble")));
    }

    @Test
    void organisationFilterTakesAliases() {
        GraphQL.query(MEMBERSHIPS, Map.of("organisation", "csto"))
                .body("data.memberships.nodes.member.name", contains("Kazakhstan"))
                .body("data.memberships.nodes.organisation.name",
                        contains("Collective Security Treaty Organisation"));
        GraphQL.query(MEMBERSHIPS, Map.of("member", "Republic of Kazakhstan", "organisation", "EAEU"))
                .body("data.memberships.totalCount", equalTo(1));
    }

    @Test
    void statusFilterSelectsRefusals() {
        GraphQL.query(MEMBERSHIPS, Map.of("status", "DECLINED"))
                .body("data.memberships.nodes.status", everyItem(equalTo("DECLINED")))
                .body("data.memberships.nodes.organisation.name", contains("BRICS"));
        GraphQL.query(MEMBERSHIPS, Map.of("status", "OBSERVER"))
                .body("data.memberships.totalCount", equalTo(0))
                .body("data.memberships.nodes", hasSize(0));
    }

    @Test
    void unknownActorInAFilterIsNamedInTheError() {
        GraphQL.query(MEMBERSHIPS, Map.of("member", "Kazakstan"))
                .body("data", nullValue())
                .body("errors[0].message", equalTo("No actor is named 'Kazakstan' (argument 'member')"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void invalidStatusIsAValidationError() {
        GraphQL.query(MEMBERSHIPS, Map.of("status", "ALLY"))
                .body("data", nullValue())
                .body("errors[0].message", containsString("ALLY"));
    }

    @Test
    void pagingThroughMembershipsIsComplete() {
        int total = GraphQL.query(MEMBERSHIPS).extract().path("data.memberships.totalCount");
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", 1);
        int seen = 0;
        String after = null;
        do {
            variables.put("after", after);
            JsonPath page = GraphQL.query(MEMBERSHIPS, variables).extract().jsonPath();
            seen += page.getList("data.memberships.nodes").size();
            after = page.getBoolean("data.memberships.pageInfo.hasNextPage")
                    ? page.getString("data.memberships.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(total, seen);
    }

    @Test
    @DisabledIfSystemProperty(named = "multivector.engine.enabled", matches = "false", disabledReason = "plain"
            + " SmallRye GraphQL keys a batch on its field alone: two aliases with other arguments share one answer")
    void actorMembershipsAndMembersAreNested() {
        JsonPath result = GraphQL.query("""
                query Nested($status: MembershipStatus) {
                  kazakhstan: actor(name: "Kazakhstan") {
                    all: memberships { organisation { name } }
                    members: memberships(status: $status) { organisation { name } status }
                  }
                  brics: actor(name: "BRICS") { members { member { name } status } }
                }
                """, Map.of("status", "MEMBER"))
                .body("errors", nullValue())
                .body("data.kazakhstan.all", hasSize(3))
                .body("data.kazakhstan.members.status", everyItem(equalTo("MEMBER")))
                .body("data.brics.members[0].member.name", equalTo("Kazakhstan"))
                .body("data.brics.members[0].status", equalTo("DECLINED"))
                .extract().jsonPath();
        List<String> organisations = result.getList("data.kazakhstan.members.organisation.name");
        assertEquals(2, organisations.size());
    }

    @Test
    void everyMembershipHasEvidence() {
        GraphQL.query(MEMBERSHIPS, Map.of("first", 100))
                .body("data.memberships.nodes.collect { it.evidence.size() }", everyItem(greaterThanOrEqualTo(1)));
    }
}
