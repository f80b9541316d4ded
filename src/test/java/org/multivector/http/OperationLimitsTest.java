package org.multivector.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The depth and complexity limits hold on every request, although a document's verdict is
 * remembered: a rejected document is rejected again, and a document whose depth depends on
 * its variables ({@code @include}) is judged anew with each request's variables.
 */
@QuarkusTest
class OperationLimitsTest {

    /** 16 levels deep with $deep true (the limit is 15), 14 without. */
    private static final String DEPTH_BY_VARIABLE = """
            query Deep($deep: Boolean!) {
              actor(name: "Kazakhstan") {
                memberships { organisation { members { member {
                  memberships { organisation { members { member {
                    memberships { organisation { members { member {
                      name
                      memberships @include(if: $deep) { organisation { name } }
                    } } } }
                  } } } }
                } } } }
              }
            }
            """;

    private static final String TOO_DEEP = """
            query TooDeep {
              actor(name: "Kazakhstan") {
                memberships { organisation { members { member {
                  memberships { organisation { members { member {
                    memberships { organisation { members { member {
                      memberships { organisation { name } }
                    } } } }
                  } } } }
                } } } }
              }
            }
            """;

    @Test
    void aDocumentPastTheLimitIsRejectedEveryTime() {
        for (int attempt = 0; attempt < 3; attempt++) {
            GraphQL.query(TOO_DEEP)
                    .body("data", nullValue())
                    .body("errors[0].message", equalTo("maximum query depth exceeded 16 > 15"));
        }
    }

    @Test
    void variablesThatDeepenADocumentAreJudgedOnEachRequest() {
        for (boolean deep : new boolean[] { false, true, false, true }) {
            if (deep) {
                GraphQL.query(DEPTH_BY_VARIABLE, Map.of("deep", true))
                        .body("data", nullValue())
                        .body("errors[0].message", containsString("depth exceeded 16 > 15"));
            } else {
                GraphQL.query(DEPTH_BY_VARIABLE, Map.of("deep", false))
                        .body("errors", nullValue())
                        .body("data.actor.memberships.organisation.members.member.memberships.organisation.members"
                                + ".member.memberships.organisation.members.member.name.flatten()", hasItem("Kazakhstan"));
            }
        }
    }

    @Test
    void complexityIsCheckedOnEveryDocument() {
        String aliasFlood = "query Flood { " + aliases(600) + " }";
        for (int attempt = 0; attempt < 2; attempt++) {
            GraphQL.query(aliasFlood)
                    .body("data", nullValue())
                    .body("errors[0].message", equalTo("maximum query complexity exceeded 1200 > 1000"));
        }
    }

    /** 600 aliased fields with one subfield each: complexity 1,200. */
    private static String aliases(int count) {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < count; i++) {
            document.append("s").append(i).append(": sources { title } ");
        }
        return document.toString();
    }
}
