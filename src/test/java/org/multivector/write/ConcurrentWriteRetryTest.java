package org.multivector.write;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.errors.ConcurrentWriteException;
import org.multivector.fact.Drafts.ActorDraft;
import org.multivector.fact.Facts;
import org.multivector.support.GraphQL;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A write whose name met another write's at the same moment is run once more, in a new
 * transaction, and only once. The race itself is played by {@link RacingFacts}; the real one is
 * {@code ConcurrentWritesTest}'s.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class ConcurrentWriteRetryTest {

    static final String ADD_ACTOR = """
            mutation Add($name: String!) { addActor(input: { name: $name, kind: CITY }) { id name } }
            """;

    static final String COUNT = """
            query Count($search: String!) { actors(search: $search) { totalCount } }
            """;

    @Test
    void aWriteThatMetAnotherOnItsNameRunsOnceMoreAndGoesThrough() {
        Attempt attempt = addActorLosing(1, "Retried");

        attempt.response()
                .body("errors", nullValue())
                .body("data.addActor.name", equalTo(attempt.name()));
        assertEquals(2, attempt.facts().calls.get(), "the lost race, then the write");
        GraphQL.query(COUNT, Map.of("search", attempt.name())).body("data.actors.totalCount", equalTo(1));
    }

    @Test
    void aWriteThatMeetsAnotherTwiceIsRefusedAsAConflictAndWritesNothing() {
        Attempt attempt = addActorLosing(2, "Refused");

        attempt.response()
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("input.name: a name or alias was taken by another write at the same time"));
        assertEquals(2, attempt.facts().calls.get(), "run once more, and no more");
        GraphQL.query(COUNT, Map.of("search", attempt.name())).body("data.actors.totalCount", equalTo(0));
    }

    /** One addActor of a new name, through {@link RacingFacts} that lose {@code lostRaces} races first. */
    private static Attempt addActorLosing(int lostRaces, String namePrefix) {
        RacingFacts facts = new RacingFacts(lostRaces);
        QuarkusMock.installMockForType(facts, Facts.class);
        String name = namePrefix + " " + UUID.randomUUID().toString().substring(0, 8);
        return new Attempt(facts, name, GraphQL.asEditor(ADD_ACTOR, Map.of("name", name)));
    }

    record Attempt(RacingFacts facts, String name, ValidatableResponse response) {
    }

    /** Facts whose first writes of an actor lose a race, as a flush reports it; later ones write. */
    static class RacingFacts extends Facts {
        final int lostRaces;
        final AtomicInteger calls = new AtomicInteger();

        RacingFacts(int lostRaces) {
            this.lostRaces = lostRaces;
        }

        @Override
        public Actor addActor(ActorDraft draft, String path) {
            if (calls.incrementAndGet() <= lostRaces) {
                throw new ConcurrentWriteException(path + ".name: a name or alias was taken by another write at the same time");
            }
            // Not the container's bean, so no interceptor opens the transaction.
            return QuarkusTransaction.requiringNew().call(() -> super.addActor(draft, path));
        }
    }
}
