package org.multivector.evidence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link MentionsTest} against the packaged service. */
@QuarkusIntegrationTest
class MentionsIT extends MentionsTest {
}
