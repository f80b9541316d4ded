package org.multivector.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link EventQueriesTest} against the packaged service. */
@QuarkusIntegrationTest
class EventQueriesIT extends EventQueriesTest {
}
