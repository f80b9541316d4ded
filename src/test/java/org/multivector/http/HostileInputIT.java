package org.multivector.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link HostileInputTest} against the packaged service. */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {
}
