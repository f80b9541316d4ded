/**
 * The engine layer: Multivector's replacements for parts of SmallRye GraphQL's execution, the
 * one package that reaches into SmallRye's and graphql-java's internals.
 *
 * <h2>What it replaces, and why</h2>
 * Each replacement answers a profile of the benchmark (JDK Flight Recorder samples of the
 * service under load; fixes 1-13 of bench/RESULTS.md give the figures before and after):
 * <ul>
 * <li>{@link org.multivector.engine.OperationInstrumentation} in place of SmallRye's chain of
 * instrumentations (document cache, depth limit, complexity limit), which graphql-java called
 * for every field of every response (15% of a list query's samples; the limits walked every
 * query again, 7.7%). It keeps SmallRye's own instances and calls them once per operation, and
 * gives each query operation one read-only transaction
 * ({@link org.multivector.persistence.QueryTransaction}: 5% of a list query per transaction
 * saved).</li>
 * <li>{@link org.multivector.engine.PlainFieldFetchers} in place of SmallRye's
 * {@code FieldDataFetcher} for properties handed on unchanged: SmallRye set up its request
 * context, with the selection as JSON, for each value (10.7% of a list query, then 7.3%).</li>
 * <li>{@link org.multivector.engine.BatchFieldFetchers} in place of SmallRye's
 * {@code BatchDataFetcher} for the {@code @Source List} methods: SmallRye built the selection
 * as JSON for every parent it queued (25% of the deep query Q4), and keyed its loader on the
 * field alone, so aliases with other arguments shared one answer (with the layer off,
 * {@code a: memberships(status: MEMBER) b: memberships} answers {@code b} with {@code a}'s
 * rows; the one test of it, in {@code MembershipQueriesTest}, is skipped in the engine-off run). Fields marked
 * {@link org.multivector.engine.Reference} share one loader per entity type
 * ({@link org.multivector.engine.EntityLookup}): Q3's imposers and targets in one query. A parent read
 * as of a past revision ({@code asOf}) goes to the method itself, which reads its references as of
 * the same revision.</li>
 * <li>No DataLoaders of SmallRye's for those batch fields: SmallRye made one for every batch
 * operation of its schema model on every request (38), which the fetchers above never use, and
 * graphql-java dispatched them all at every level. The layer takes the operations it serves out of
 * SmallRye's model ({@link org.multivector.engine.GraphQLSetup#leaveOutSmallRyesLoaders}) and gives
 * each operation an empty registry of its own: the lookup Q2 alone at tier M went from 18,336 and
 * 18,886 to 25,106 and 29,008 requests/s (bench/RESULTS.md).</li>
 * <li>{@link org.multivector.engine.SelectionBlindFetcher} around SmallRye's resolver fetchers:
 * shows them no selection, which they copied as JSON twice per call (6.6% of a list query).</li>
 * <li>{@link org.multivector.engine.OnceBuiltDataFetchers}: Quarkus's resolver fetchers built
 * once per operation instead of on every request (7.1% of a list query).</li>
 * <li>{@link org.multivector.engine.JsonResultView}: the result's data handed to SmallRye's
 * {@code ExecutionResponse} as a {@code jakarta.json} view, which it writes out as it is, where it
 * would first copy the data into a JSON tree of its own, value by value (8% of the deep query
 * Q4's samples at tier M). Not used where SmallRye leaves null fields out of responses.</li>
 * <li>graphql-java's default field visibility where SmallRye's setting is its default, which
 * SmallRye turns into a pattern matched against every field (3.3% of Q4).</li>
 * </ul>
 *
 * <h2>What the replaced fetchers do not keep</h2>
 * They do not call SmallRye's {@code EventEmitter} (the {@code @Observes} data-fetch events),
 * its {@code MetricsEmitter} or its tracing, so the layer stays off while SmallRye's events,
 * metrics or tracing are switched on. Batch methods get their arguments without SmallRye's
 * {@code ArgumentHelper}: only methods whose arguments are enums, lists of enums, String, Integer
 * and Boolean are replaced (no adapters, formats or default values of SmallRye's); the others stay
 * SmallRye's. An Int argument from variables arrives as SmallRye's scalar leaves it (a Long or
 * BigInteger) and is handed on as an Integer.
 * Plain fields are replaced only where SmallRye hands the value on unchanged (built-in scalars,
 * enums, object types), and read by their GraphQL name: a field renamed with {@code @Name}, or
 * one with a format ({@code @NumberFormat}, {@code @DateFormat}) or an adapter, would not be
 * served as SmallRye serves it; the schema has none, and one added needs its fetcher kept. Resolvers see an empty selection through
 * {@code io.smallrye.graphql.api.Context}. A failing batch method fails its whole level.
 *
 * <h2>What it mends, whatever the switch</h2>
 * {@link org.multivector.engine.FreshOperationContext} drops the SmallRye context a thread holds
 * when a request's context begins: SmallRye reuses a held context object for the next operation,
 * and a thread started while its creator holds one inherits it, so two operations at once could
 * read each other's variables (seen: one write's variables ran twice, another's never, in two of
 * 31 local runs of CI's writable classes, 2026-12-07; the inherited context is the inferred cause).
 * It is a correction, not a speed-up, so it stays on with the layer switched off;
 * {@code FreshOperationContextTest} failed without it.
 *
 * <h2>Versions, and falling back</h2>
 * Verified against SmallRye GraphQL 2.17.0 and graphql-java 24.3, as Quarkus 3.33.2 brings them.
 * {@link org.multivector.engine.GraphQLSetup} checks, when SmallRye builds its engine, that the
 * classes it names load ({@code GraphQLSetup.missingClass}), that SmallRye's instrumentation
 * is exactly its cache and two limits, that SmallRye serves plain fields, resolvers and every
 * {@code @Source List} method with the fetchers replaced here; at the first difference it logs one
 * warning that names it and runs plain SmallRye GraphQL, never part of the layer. Where SmallRye's
 * schema model cannot be looked up, SmallRye keeps making its loaders, and says so in a warning.
 *
 * <h2>Switching it off</h2>
 * {@code multivector.engine.enabled=false} (environment: {@code MULTIVECTOR_ENGINE_ENABLED=false})
 * runs plain SmallRye GraphQL; the build's {@code engine-off} test run passes the API suites that
 * way. The operation timer and the error review ({@link org.multivector.engine.OperationReview})
 * stay on either way, as an instrumentation after SmallRye's. The layer needs SmallRye's
 * document cache and both limits: with {@code instrumentation-query-depth} or
 * {@code instrumentation-query-complexity} unset it stays off too, and says so.
 */
package org.multivector.engine;
