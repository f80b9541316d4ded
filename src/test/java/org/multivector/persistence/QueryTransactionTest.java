package org.multivector.persistence;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multivector.actor.ActorService;
import org.multivector.errors.NotFoundException;
import org.multivector.support.ChangeLogFollowers;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A query operation reads in one read-only transaction, however many levels it reads at; a read
 * that fails does not keep the reads after it from working.
 */
@QuarkusTest
class QueryTransactionTest {

    static final String BLOCS_DEEP = """
            query BlocsDeep {
              actors(kind: ORGANISATION, first: 5) {
                nodes {
                  name
                  members { status member { name measuresReceived { kind imposer { name } evidence { quote } } } }
                }
              }
            }
            """;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ActorService actors;

    @Inject
    TransactionManager transactionManager;

    /** The followers of the change log take the seed in on threads of their own: not during the count. */
    @BeforeEach
    void followersCaughtUp() {
        ChangeLogFollowers.caughtUp();
    }

    @Test
    void aDeepQueryReadsInOneTransaction() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.query(BLOCS_DEEP)
                .body("errors", nullValue())
                .body("data.actors.nodes.members.flatten().member.measuresReceived.flatten().imposer.name",
                        hasItem("Russia"));
        // organisations, memberships, members, their measures, imposers and evidence: one transaction
        assertEquals(1, statistics.getTransactionCount(), "transactions of one query operation");
    }

    @Test
    void aFailedReadLeavesTheReadsAfterItWorkingAndTheThreadWithoutTransaction() throws Exception {
        // as graphql-java runs a query operation: its scope opened, then its fields read, on one thread
        QueryTransaction operation = QueryTransaction.open();
        Long russia = actors.resolveId("Russia", "imposer", null);
        assertEquals(Status.STATUS_ACTIVE, transactionManager.getStatus(), "the first read begins the transaction");
        assertThrows(NotFoundException.class, () -> actors.resolveId("Nobody At All", "imposer", null));
        // the failed read's @Transactional marked the operation's transaction for rollback
        assertEquals(Status.STATUS_MARKED_ROLLBACK, transactionManager.getStatus());
        assertEquals(List.of("Russia"), actors.findByIds(Set.of(russia)).stream().map(actor -> actor.name).toList(),
                "a later read, in a transaction of its own");
        operation.end();
        assertEquals(Status.STATUS_NO_TRANSACTION, transactionManager.getStatus(), "the operation's end ends it");
    }
}
