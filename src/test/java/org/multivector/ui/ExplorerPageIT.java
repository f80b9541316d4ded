package org.multivector.ui;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link ExplorerPageTest} against the packaged service. */
@QuarkusIntegrationTest
class ExplorerPageIT extends ExplorerPageTest {
}
