package org.multivector.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The service's own settings, under {@code multivector.*} in application.properties. */
@ConfigMapping(prefix = "multivector")
public interface MultivectorConfig {

    Engine engine();

    Paging paging();

    Search search();

    Seed seed();

    Editor editor();

    @WithName("import")
    Import importing();

    interface Engine {
        /**
         * Whether Multivector's engine layer (package {@code org.multivector.engine}) serves GraphQL
         * requests in place of parts of SmallRye GraphQL; false runs plain SmallRye GraphQL.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Paging {
        /** Page size of a connection when the client gives no {@code first}. */
        @WithDefault("20")
        int defaultSize();

        /** The largest {@code first} a connection accepts. */
        @WithDefault("100")
        int maxSize();
    }

    interface Search {
        @WithDefault("10")
        int defaultSize();

        @WithDefault("50")
        int maxSize();
    }

    interface Editor {
        /**
         * The editor's password, from the environment variable MULTIVECTOR_EDITOR_PASSWORD.
         * Without it no editor exists and every write is refused.
         */
        Optional<String> password();
    }

    interface Import {
        /** Entries written per transaction by the bulk import. */
        @WithDefault("1000")
        int chunkSize();
    }

    interface Seed {
        /** Whether the seed dataset is imported into a database that does not hold it yet. */
        @WithDefault("true")
        boolean enabled();

        /** The seed dataset: {@code classpath:path} or a file path. */
        String location();
    }
}
