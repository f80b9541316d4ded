package org.multivector.evidence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link EvidenceIntegrityTest} against the packaged service. */
@QuarkusIntegrationTest
class EvidenceIntegrityIT extends EvidenceIntegrityTest {
}
