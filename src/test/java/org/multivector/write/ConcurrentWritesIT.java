package org.multivector.write;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link ConcurrentWritesTest} against the packaged service. */
@QuarkusIntegrationTest
class ConcurrentWritesIT extends ConcurrentWritesTest {
}
