package org.multivector.membership;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link MembershipQueriesTest} against the packaged service. */
@QuarkusIntegrationTest
class MembershipQueriesIT extends MembershipQueriesTest {
}
