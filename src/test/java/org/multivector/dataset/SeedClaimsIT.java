package org.multivector.dataset;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link SeedClaimsTest} against the packaged service. */
@QuarkusIntegrationTest
class SeedClaimsIT extends SeedClaimsTest {
}
