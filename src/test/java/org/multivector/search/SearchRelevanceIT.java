package org.multivector.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link SearchRelevanceTest} against the packaged service. */
@QuarkusIntegrationTest
class SearchRelevanceIT extends SearchRelevanceTest {
}
