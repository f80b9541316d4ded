package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.inject.Inject;

import org.dataloader.DataLoaderRegistry;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorService;
import org.multivector.event.Event;
import org.multivector.evidence.EvidenceConnection;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.membership.MembershipStatus;
import org.multivector.support.ChangeLogFollowers;
import org.multivector.support.GraphQL;

import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The {@code @Source List} methods of the API are served through graphql-java's DataLoader: one
 * loader per field and argument values, and one per entity type for {@link Reference} fields.
 * The fetchers are driven here as graphql-java would, one level at a time, against the seed data.
 */
@QuarkusTest
class BatchFieldFetchersTest {

    private static final FieldCoordinates ACTOR_MEMBERSHIPS = FieldCoordinates.coordinates("Actor", "memberships");
    private static final FieldCoordinates MEMBERSHIP_MEMBER = FieldCoordinates.coordinates("Membership", "member");
    private static final FieldCoordinates MEASURE_IMPOSER = FieldCoordinates.coordinates("PunitiveMeasure", "imposer");
    private static final FieldCoordinates MEASURE_TARGET = FieldCoordinates.coordinates("PunitiveMeasure", "target");
    private static final FieldCoordinates EVENT_PLACE = FieldCoordinates.coordinates("Event", "place");

    private static final String ACTOR_LOADER = "EntityLookup:" + Actor.class.getName();

    /** Found once: looking through the beans is what the engine does once, at start. */
    private static BatchFieldFetchers fetchers;

    @Inject
    ActorService actors;

    @Inject
    SessionFactory sessionFactory;

    /** The followers of the change log take the seed in on threads of their own: not during the counts. */
    @BeforeEach
    void followersCaughtUp() {
        ChangeLogFollowers.caughtUp();
    }

    @BeforeAll
    static void findTheApisBatchMethods() throws LeanEngine.Mismatch {
        fetchers = BatchFieldFetchers.ofApi();
    }

    @Test
    void everySourceListMethodOfTheApiIsFoundAndReplaced() {
        Set<FieldCoordinates> expected = Set.of(ACTOR_MEMBERSHIPS, MEMBERSHIP_MEMBER, MEASURE_IMPOSER, MEASURE_TARGET,
                EVENT_PLACE,
                FieldCoordinates.coordinates("Membership", "evidence"),
                FieldCoordinates.coordinates("Evidence", "source"),
                FieldCoordinates.coordinates("Actor", "aliases"),
                FieldCoordinates.coordinates("Actor", "relations"),
                FieldCoordinates.coordinates("Relation", "subject"),
                FieldCoordinates.coordinates("Event", "participants"));
        assertTrue(fetchers.fields().containsAll(expected), "found: " + fetchers.fields());
        for (FieldCoordinates field : fetchers.fields()) {
            // every batch method of this API takes simple arguments only, so each is replaced
            assertNotNull(fetchers.replacing(field), field.toString());
        }
    }

    @Test
    void aSourceMethodOfOneParentIsNoBatchField() {
        // MembershipGraphQL.totalCount takes @Source MembershipConnection, not a list
        FieldCoordinates totalCount = FieldCoordinates.coordinates("MembershipConnection", "totalCount");
        assertFalse(fetchers.fields().contains(totalCount));
        assertNull(fetchers.replacing(totalCount));
    }

    @Test
    void referencesToOneEntityTypeShareOneLoaderAndOneStatement() {
        Actor russia = actorNamed("Russia");
        Actor kazakhstan = actorNamed("Kazakhstan");
        Membership membership = new Membership();
        membership.memberId = kazakhstan.id;
        PunitiveMeasure measure = new PunitiveMeasure();
        measure.imposerId = russia.id;
        measure.targetId = kazakhstan.id;
        DataLoaderRegistry registry = new DataLoaderRegistry();

        CompletableFuture<?> member = fetch(MEMBERSHIP_MEMBER, membership, Map.of(), registry, Operation.QUERY);
        CompletableFuture<?> imposer = fetch(MEASURE_IMPOSER, measure, Map.of(), registry, Operation.QUERY);
        CompletableFuture<?> target = fetch(MEASURE_TARGET, measure, Map.of(), registry, Operation.QUERY);

        assertEquals(Set.of(ACTOR_LOADER), registry.getKeys(), "one loader for the three fields");
        assertFalse(member.isDone(), "queued until the level is dispatched");
        assertSame(member, target, "an id asked for twice is read once");
        // from the database, not from the second-level cache that earlier reads filled
        sessionFactory.getCache().evictAllRegions();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        registry.dispatchAll();
        assertEquals(1, statistics.getPrepareStatementCount(), "both actors with one statement");
        assertEquals("Kazakhstan", nameOf(member));
        assertEquals("Russia", nameOf(imposer));
        assertEquals("Kazakhstan", nameOf(target));
    }

    @Test
    void aMutationReadsAReferenceAgainRatherThanFromTheLoadersCache() {
        // a mutation field may change what an earlier one read
        Actor kazakhstan = actorNamed("Kazakhstan");
        Membership membership = new Membership();
        membership.memberId = kazakhstan.id;
        PunitiveMeasure measure = new PunitiveMeasure();
        measure.targetId = kazakhstan.id;
        DataLoaderRegistry registry = new DataLoaderRegistry();

        CompletableFuture<?> member = fetch(MEMBERSHIP_MEMBER, membership, Map.of(), registry, Operation.MUTATION);
        CompletableFuture<?> target = fetch(MEASURE_TARGET, measure, Map.of(), registry, Operation.MUTATION);

        assertNotSame(member, target);
        registry.dispatchAll();
        assertEquals("Kazakhstan", nameOf(member));
        assertEquals("Kazakhstan", nameOf(target));
    }

    @Test
    void aParentWithoutAReferenceGetsNullWithoutALoader() throws Exception {
        Event withoutPlace = new Event();
        DataLoaderRegistry registry = new DataLoaderRegistry();

        CompletableFuture<?> place = fetch(EVENT_PLACE, withoutPlace, Map.of(), registry, Operation.QUERY);

        assertTrue(place.isDone());
        assertNull(place.get());
        assertEquals(Set.of(), registry.getKeys());
    }

    @Test
    void parentsOfOneFieldWithTheSameArgumentsShareOneLoader() {
        Actor russia = actorNamed("Russia");
        Actor kazakhstan = actorNamed("Kazakhstan");
        DataLoaderRegistry registry = new DataLoaderRegistry();

        CompletableFuture<?> ofRussia = fetch(ACTOR_MEMBERSHIPS, russia, Map.of(), registry, Operation.QUERY);
        CompletableFuture<?> ofKazakhstan = fetch(ACTOR_MEMBERSHIPS, kazakhstan, Map.of(), registry, Operation.QUERY);

        assertEquals(1, registry.getKeys().size(), registry.getKeys().toString());
        assertFalse(ofKazakhstan.isDone(), "queued until the level is dispatched");
        registry.dispatchAll();
        // each parent gets its own memberships back, in the parents' order
        assertTrue(membershipsOf(ofRussia).stream().allMatch(membership -> membership.memberId.equals(russia.id)));
        assertEquals(Set.of("Collective Security Treaty Organisation", "Eurasian Economic Union", "BRICS"),
                organisationNames(membershipsOf(ofKazakhstan)));
    }

    @Test
    void aliasesWithOtherArgumentValuesGetALoaderEach() {
        // memberships(status: MEMBER) and memberships in one query: SmallRye's one loader per field
        // would hand the second alias the first one's answer
        Actor kazakhstan = actorNamed("Kazakhstan");
        DataLoaderRegistry registry = new DataLoaderRegistry();

        CompletableFuture<?> members = fetch(ACTOR_MEMBERSHIPS, kazakhstan, Map.of("status", "MEMBER"), registry,
                Operation.QUERY);
        CompletableFuture<?> all = fetch(ACTOR_MEMBERSHIPS, kazakhstan, Map.of(), registry, Operation.QUERY);

        assertEquals(2, registry.getKeys().size(), registry.getKeys().toString());
        registry.dispatchAll();
        List<Membership> onlyMembers = membershipsOf(members);
        assertEquals(Set.of("Collective Security Treaty Organisation", "Eurasian Economic Union"),
                organisationNames(onlyMembers));
        assertTrue(onlyMembers.stream().allMatch(membership -> membership.status == MembershipStatus.MEMBER));
        assertTrue(membershipsOf(all).stream().anyMatch(membership -> membership.status == MembershipStatus.DECLINED),
                "the unfiltered alias sees the declined membership in BRICS");
    }

    @Test
    void aListOfEnumNamesArrivesAsEnumsAndAWideIntAsAnInteger() {
        Actor kazakhstan = actorNamed("Kazakhstan");
        DataLoaderRegistry registry = new DataLoaderRegistry();

        // as graphql-java hands arguments on: enum values by name, an Int from variables as a Long
        CompletableFuture<?> declined = fetch(ACTOR_MEMBERSHIPS, kazakhstan,
                Map.of("status", "DECLINED", "certainty", List.of("ASSERTED", "REPORTED")), registry, Operation.QUERY);
        CompletableFuture<?> mentions = fetch(FieldCoordinates.coordinates("Actor", "mentions"), kazakhstan,
                Map.of("first", 2L), registry, Operation.QUERY);
        registry.dispatchAll();

        assertEquals(Set.of("BRICS"), organisationNames(membershipsOf(declined)));
        EvidenceConnection firstTwo = assertInstanceOf(EvidenceConnection.class, mentions.join());
        assertEquals(2, firstTwo.getNodes().size());
        assertTrue(firstTwo.getPageInfo().hasNextPage);
    }

    @Test
    void aFailingBatchMethodFailsEveryParentOfItsLevel() {
        Actor kazakhstan = actorNamed("Kazakhstan");
        DataLoaderRegistry registry = new DataLoaderRegistry();

        CompletableFuture<?> ofKazakhstan = fetch(ACTOR_MEMBERSHIPS, kazakhstan, Map.of(), registry, Operation.QUERY);
        // a parent the API method cannot take makes the method itself throw
        CompletableFuture<?> ofNoActor = fetch(ACTOR_MEMBERSHIPS, "not an actor", Map.of(), registry,
                Operation.QUERY);
        registry.dispatchAll();

        assertTrue(ofKazakhstan.isCompletedExceptionally(), "the well-formed parent fails with its level");
        assertTrue(ofNoActor.isCompletedExceptionally());
        ExecutionException failure = assertThrows(ExecutionException.class, ofKazakhstan::get);
        assertInstanceOf(ClassCastException.class, failure.getCause(),
                "the method's own exception, not the reflective wrapper");
    }

    private Actor actorNamed(String name) {
        return actors.findByName(name).orElseThrow(() -> new AssertionError("the seed holds " + name));
    }

    private static CompletableFuture<?> fetch(FieldCoordinates field, Object source, Map<String, Object> arguments,
            DataLoaderRegistry registry, Operation operation) {
        DataFetcher<?> fetcher = fetchers.replacing(field);
        assertNotNull(fetcher, field.toString());
        DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .source(source)
                .arguments(arguments)
                .dataLoaderRegistry(registry)
                .operationDefinition(OperationDefinition.newOperationDefinition().operation(operation).build())
                .build();
        try {
            return assertInstanceOf(CompletableFuture.class, fetcher.get(environment));
        } catch (Exception e) {
            throw new AssertionError("the fetcher only queues, it does not fail: " + field, e);
        }
    }

    private static String nameOf(CompletableFuture<?> actor) {
        return assertInstanceOf(Actor.class, actor.join()).name;
    }

    @SuppressWarnings("unchecked")
    private static List<Membership> membershipsOf(CompletableFuture<?> memberships) {
        return (List<Membership>) assertInstanceOf(List.class, memberships.join());
    }

    private Set<String> organisationNames(List<Membership> memberships) {
        return Set.copyOf(memberships.stream()
                .map(membership -> actors.findById(membership.organisationId).orElseThrow().name)
                .toList());
    }
}
