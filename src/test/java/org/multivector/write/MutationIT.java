package org.multivector.write;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link MutationTest} against the packaged service. */
@QuarkusIntegrationTest
class MutationIT extends MutationTest {
}
