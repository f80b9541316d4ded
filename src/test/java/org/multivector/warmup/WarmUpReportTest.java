package org.multivector.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How the warm-up shares its time between its operations, and which ones it leaves out. */
class WarmUpReportTest {

    private static final WarmUp.Operation FACTS = new WarmUp.Operation("Facts", false);
    private static final WarmUp.Operation SEARCH = new WarmUp.Operation("Search", true);
    private static final WarmUp.Operation PAST = new WarmUp.Operation("Past", false);
    private static final WarmUp.Operation LOOKUP = new WarmUp.Operation("Lookup", true);
    private static final List<WarmUp.Operation> BOTH = List.of(FACTS, SEARCH);

    @Test
    void anOperationIsLeftOutAfterThreeFailuresInARowOnly() {
        WarmUp.Report report = new WarmUp.Report(BOTH);
        report.fail("Search", "took longer than 300 ms", 1);
        report.fail("Search", "took longer than 300 ms", 1);
        report.ran("Search", 1);
        report.fail("Search", "took longer than 300 ms", 1);
        report.fail("Search", "took longer than 300 ms", 1);
        assertFalse(report.failed("Search"), "a success in between starts the count again");
        assertEquals(1, report.runsOf("Search"));

        report.fail("Search", "took longer than 300 ms", 1);
        assertTrue(report.failed("Search"));
        assertEquals(Map.of("Search", "took longer than 300 ms"), report.failures());
        for (int i = 0; i < 3; i++) {
            assertEquals(FACTS, report.next(), "Facts still runs, Search no more");
            report.fail("Facts", "HTTP 500", 1);
        }
        assertNull(report.next(), "every operation left out: the warm-up ends");
    }

    @Test
    void eachOperationGetsAboutTheSameShareOfTheTime() {
        WarmUp.Report report = new WarmUp.Report(BOTH);
        Map<WarmUp.Operation, Long> nanosEach = Map.of(FACTS, 100_000_000L, SEARCH, 10_000_000L);
        long spent = 0;
        while (spent < 10_000_000_000L) {
            WarmUp.Operation operation = report.next();
            report.ran(operation.name(), nanosEach.get(operation));
            spent += nanosEach.get(operation);
        }
        // 5 s each: 50 requests of the slow operation, 500 of the quick one (taken in turn, 91 each)
        assertEquals(50, report.runsOf("Facts"), 1);
        assertEquals(500, report.runsOf("Search"), 10);
        assertEquals(report.runsOf("Facts") + report.runsOf("Search"), report.requests());
        assertEquals("Facts %d in 5.0 s, Search %d in 5.0 s".formatted(report.runsOf("Facts"), report.runsOf("Search")),
                report.perOperation());
    }

    @Test
    void anOperationWhoseFirstRequestIsInFlightGoesLast() {
        WarmUp.Report report = new WarmUp.Report(BOTH);
        assertEquals(FACTS, report.next());
        assertEquals(SEARCH, report.next());
        report.ran("Search", 10);
        assertEquals(SEARCH, report.next(), "Facts has not answered yet: not sent again");
        report.ran("Search", 10);
        assertEquals(SEARCH, report.next(), "still not");
        report.ran("Search", 10);
        report.ran("Facts", 5);
        assertEquals(FACTS, report.next(), "answered: Facts 5 against Search 30");
    }

    @Test
    void aRequestInFlightCountsForTheMeanTimeOfItsOperation() {
        WarmUp.Report report = new WarmUp.Report(BOTH);
        assertEquals(FACTS, report.next(), "nothing spent yet: the first in the list");
        assertEquals(SEARCH, report.next(), "nothing spent yet: the one started less often");
        report.ran("Facts", 100);
        report.ran("Search", 60);

        assertEquals(SEARCH, report.next(), "Search 60 against Facts 100");
        assertEquals(FACTS, report.next(), "Search's request in flight counts for 60 more: 120 against 100");
        assertEquals(SEARCH, report.next(), "and Facts' for 100 more: Search 120 against Facts 200");
    }

    @Test
    void theQuickerHalfOfTheOperationsIsKeptByTheirMeanTimeNotTheirTotal() {
        WarmUp.Report report = new WarmUp.Report(List.of(FACTS, SEARCH, PAST, LOOKUP));
        assertEquals(Optional.empty(), report.secondHalf(), "before the half");
        report.ran("Facts", 400);
        report.ran("Search", 100);
        report.ran("Past", 50);
        for (int i = 0; i < 20; i++) {
            report.ran("Lookup", 30);
        }

        report.keepQuickerHalf();

        // by total: Past 50, Search 100, Facts 400, Lookup 600
        assertEquals(Optional.of(List.of("Lookup", "Past")), report.secondHalf(), "means: 30, 50, 100, 400");
        for (int i = 0; i < 20; i++) {
            WarmUp.Operation next = report.next();
            assertTrue(next.equals(LOOKUP) || next.equals(PAST), "picked " + next);
            report.ran(next.name(), 10);
        }
        assertEquals(Set.of("Facts", "Search", "Past", "Lookup"), report.operations(), "the report keeps every one");
        assertEquals(1, report.runsOf("Facts"));
        assertEquals(43, report.requests(), "23 before, 20 after");
    }

    @Test
    void anOddNumberIsRoundedUpAndAnOperationLeftOutIsNotKeptThoughItAnswered() {
        WarmUp.Report report = new WarmUp.Report(List.of(FACTS, SEARCH, PAST, LOOKUP));
        report.ran("Facts", 400);
        report.ran("Search", 300);
        report.ran("Past", 50);
        report.ran("Lookup", 1);
        for (int i = 0; i < 3; i++) {
            report.fail("Lookup", "HTTP 500", 1);
        }

        report.keepQuickerHalf();

        assertEquals(Optional.of(List.of("Past", "Search")), report.secondHalf(), "three kept in the running: two");
    }

    @Test
    void anOperationWhoseFirstRequestIsStillInFlightIsNotKept() {
        WarmUp.Report report = new WarmUp.Report(List.of(FACTS, SEARCH, PAST));
        assertEquals(FACTS, report.next());
        assertEquals(SEARCH, report.next());
        assertEquals(PAST, report.next());
        report.ran("Search", 300);
        report.ran("Past", 50);

        report.keepQuickerHalf();

        assertEquals(Optional.of(List.of("Past")), report.secondHalf(), "Facts has not answered: of two, one");
    }

    @Test
    void beforeAnyOperationHasAnsweredEveryOneIsKeptAndASecondCallChangesNothing() {
        WarmUp.Report report = new WarmUp.Report(BOTH);
        assertEquals(FACTS, report.next());

        report.keepQuickerHalf();
        report.ran("Search", 10);
        report.ran("Facts", 500);
        report.keepQuickerHalf();

        assertEquals(Optional.of(List.of("Facts", "Search")), report.secondHalf());
    }
}
