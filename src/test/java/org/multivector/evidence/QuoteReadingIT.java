package org.multivector.evidence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link QuoteReadingTest} against the packaged service. */
@QuarkusIntegrationTest
class QuoteReadingIT extends QuoteReadingTest {
}
