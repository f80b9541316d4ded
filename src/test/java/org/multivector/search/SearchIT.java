package org.multivector.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link SearchTest} against the packaged service. */
@QuarkusIntegrationTest
class SearchIT extends SearchTest {
}
