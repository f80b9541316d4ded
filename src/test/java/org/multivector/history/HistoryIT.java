package org.multivector.history;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link HistoryTest} against the packaged service. */
@QuarkusIntegrationTest
class HistoryIT extends HistoryTest {
}
