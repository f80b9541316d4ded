package org.multivector.history;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link CopyInSyncTest} against the packaged service. */
@QuarkusIntegrationTest
class CopyInSyncIT extends CopyInSyncTest {
}
