package org.multivector.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service as started without MULTIVECTOR_EDITOR_PASSWORD: no editor exists. */
public class NoEditorProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("multivector.editor.password", "",
                "quarkus.datasource.jdbc.url", TestDatabases.url("no_editor"));
    }
}
