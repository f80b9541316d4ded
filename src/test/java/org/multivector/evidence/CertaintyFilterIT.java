package org.multivector.evidence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link CertaintyFilterTest} against the packaged service. */
@QuarkusIntegrationTest
class CertaintyFilterIT extends CertaintyFilterTest {
}
