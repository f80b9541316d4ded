package org.multivector.warmup;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class WarmUpGateIT extends WarmUpGateTest {
}
