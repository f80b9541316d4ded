package org.multivector.write;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link AccessTest} against the packaged service. */
@QuarkusIntegrationTest
class AccessIT extends AccessTest {
}
