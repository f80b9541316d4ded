package org.multivector.relation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link RelationQueriesTest} against the packaged service. */
@QuarkusIntegrationTest
class RelationQueriesIT extends RelationQueriesTest {
}
