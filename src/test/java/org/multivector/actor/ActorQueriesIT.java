package org.multivector.actor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link ActorQueriesTest} against the packaged service. */
@QuarkusIntegrationTest
class ActorQueriesIT extends ActorQueriesTest {
}
