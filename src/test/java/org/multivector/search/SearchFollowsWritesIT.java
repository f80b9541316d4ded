package org.multivector.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link SearchFollowsWritesTest} against the packaged service. */
@QuarkusIntegrationTest
class SearchFollowsWritesIT extends SearchFollowsWritesTest {
}
