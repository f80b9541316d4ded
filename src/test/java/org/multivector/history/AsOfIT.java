package org.multivector.history;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link AsOfTest} against the packaged service. */
@QuarkusIntegrationTest
class AsOfIT extends AsOfTest {
}
