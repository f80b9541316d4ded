package org.multivector.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The refusal of a taken name says who holds it, and still says something when the holder is gone. */
@QuarkusTest
class TakenNameMessageTest {

    @Test
    void namesTheActorThatHoldsTheName() {
        String message = QuarkusTransaction.requiringNew().call(() -> {
            Actor holder = Actor.findByName("Kazakhstan").orElseThrow();
            return FactWriter.nameTaken("kazakhstan", holder.id, "actor.aliases[0]").getMessage();
        });
        assertEquals("actor.aliases[0]: 'kazakhstan' is already a name of the actor 'Kazakhstan'", message);
    }

    @Test
    void aHolderDeletedSinceTheLookupIsAnotherActor() {
        // an id no actor has stands for one another writer deleted between the lookup and the refusal
        String message = QuarkusTransaction.requiringNew().call(() -> {
            long noActor = Actor.<Actor> find("order by id desc").firstResult().id + 1_000;
            return FactWriter.nameTaken("Atlantis", noActor, "actor.name").getMessage();
        });
        assertEquals("actor.name: 'Atlantis' is already a name of another actor", message);
    }
}
