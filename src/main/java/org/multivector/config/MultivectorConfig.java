package org.multivector.config;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The service's own settings, under {@code multivector.*} in application.properties. */
@ConfigMapping(prefix = "multivector")
public interface MultivectorConfig {

    Engine engine();

    Paging paging();

    @WithName("actor-names")
    ActorNames actorNames();

    Search search();

    Seed seed();

    History history();

    Editor editor();

    @WithName("import")
    Import importing();

    Subscriptions subscriptions();

    @WithName("warm-up")
    WarmUp warmUp();

    interface Engine {
        /**
         * Whether Multivector's engine layer (package {@code org.multivector.engine}) serves GraphQL
         * requests in place of parts of SmallRye GraphQL; false runs plain SmallRye GraphQL.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface ActorNames {
        /**
         * How many canonical names the lookups by name ({@code actor(name:)}, the filters by name)
         * remember the actor of, each checked against the actor before use (0: none, every lookup
         * reads the names' index).
         */
        @WithDefault("10000")
        @Min(0)
        int cached();
    }

    interface Paging {
        /** Page size of a connection when the client gives no {@code first}. */
        @WithDefault("20")
        int defaultSize();

        /** The largest {@code first} a connection accepts. */
        @WithDefault("100")
        int maxSize();

        /**
         * {@code actors(search:)}: when at most this many names contain the text, the page reads
         * their actors by id (each id a bind parameter, hence the bound).
         */
        @WithDefault("1000")
        @Min(0)
        @Max(10000)
        int nameSearchIdLimit();

        /**
         * {@code actors(search:)}: when more names than this contain the text, the page walks the
         * actors in name order and keeps those with such a name, which fills a page after a few;
         * between the two limits it reads the matching actors with a subquery and sorts them.
         * Tier M figures in ActorService.
         */
        @WithDefault("20000")
        @Min(0)
        @Max(1000000)
        int nameSearchWalkFrom();
    }

    interface Search {
        @WithDefault("10")
        int defaultSize();

        @WithDefault("50")
        int maxSize();

        /** How deep {@code searchResults} pages: {@code after} plus {@code first} at most this many hits. */
        @WithDefault("1000")
        int maxDepth();

        /**
         * Where the search index lives: a folder, or {@code memory}. Unset: beside an H2 database
         * file ({@code search-index} in its folder), in memory for any other database.
         */
        Optional<String> indexPath();

        /** A search that takes longer is stopped with an error instead of holding a worker. */
        @WithDefault("300ms")
        Duration timeout();

        /** How often the index reads the change log for writes it has not applied (other instances'). */
        @WithDefault("1s")
        Duration syncInterval();

        /** More change-log rows behind than this, and the index is rebuilt rather than caught up. */
        @WithDefault("1000")
        int catchUpLimit();

        /** Whether this process keeps the index; the one-off commands bring it up to date when they finish. */
        @WithDefault("true")
        boolean followWrites();
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

        /**
         * Mentions the bulk import holds in memory and writes per transaction, sorted by actor,
         * once its entries are written; a window may pass it by one batch of sources.
         */
        @WithDefault("100000")
        @Min(1)
        int mentionsPerTransaction();
    }

    interface Seed {
        /** Whether the seed dataset is imported into a database that does not hold it yet. */
        @WithDefault("true")
        boolean enabled();

        /** The seed dataset: {@code classpath:path} or a file path. */
        String location();
    }

    interface History {
        /**
         * How many changes of one type may follow the revision an {@code asOf} read names: a past
         * read costs in proportion to them, and one further back is refused.
         */
        @WithDefault("10000")
        int asOfMaxChanges();
    }

    interface Subscriptions {
        /** How many subscriptions one WebSocket connection may hold at once. */
        @WithDefault("10")
        int maxPerConnection();

        /**
         * How many changes may wait for a slow subscriber; one more ends its subscription with an
         * error that names the revision to resync from.
         */
        @WithDefault("1000")
        int buffer();

        /** How often the revisions of other instances on the same database are looked for. */
        @WithDefault("1s")
        Duration pollInterval();
    }

    interface WarmUp {
        /**
         * How long the service runs its own requests (resource {@code warmup/operations.graphql})
         * after it starts listening and before it takes any: until then {@code /graphql} answers
         * 503 and the readiness check is down. 0 (the default) skips the warm-up.
         */
        @WithDefault("0s")
        Duration duration();

        /** How many requests the warm-up keeps in flight at once. */
        @WithDefault("8")
        int clients();
    }
}
