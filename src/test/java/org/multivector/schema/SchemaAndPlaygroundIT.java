package org.multivector.schema;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Reruns {@link SchemaAndPlaygroundTest} against the packaged service. */
@QuarkusIntegrationTest
class SchemaAndPlaygroundIT extends SchemaAndPlaygroundTest {
}
