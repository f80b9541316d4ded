package org.multivector.schema;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link ReadmeExamplesTest} against the packaged service. */
@QuarkusIntegrationTest
class ReadmeExamplesIT extends ReadmeExamplesTest {
}
