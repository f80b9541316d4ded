package org.multivector.measure;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link PunitiveMeasureQueriesTest} against the packaged service. */
@QuarkusIntegrationTest
class PunitiveMeasureQueriesIT extends PunitiveMeasureQueriesTest {
}
