package org.multivector.history;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link ChangeSubscriptionTest} against the packaged service. */
@QuarkusIntegrationTest
class ChangeSubscriptionIT extends ChangeSubscriptionTest {
}
