package org.multivector.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A cold service may miss a time bound now and then: only an operation that keeps failing is left out. */
class WarmUpReportTest {

    @Test
    void anOperationIsLeftOutAfterThreeFailuresInARowOnly() {
        WarmUp.Report report = new WarmUp.Report(
                List.of(new WarmUp.Operation("Facts", false), new WarmUp.Operation("Search", true)));
        report.fail("Search", "took longer than 300 ms");
        report.fail("Search", "took longer than 300 ms");
        report.ran("Search");
        report.fail("Search", "took longer than 300 ms");
        report.fail("Search", "took longer than 300 ms");
        assertFalse(report.failed("Search"), "a success in between starts the count again");
        assertEquals(1, report.runsOf("Search"));

        report.fail("Search", "took longer than 300 ms");
        assertTrue(report.failed("Search"));
        assertEquals(Map.of("Search", "took longer than 300 ms"), report.failures());
        assertTrue(report.anyLeft(), "Facts still runs");

        for (int i = 0; i < 3; i++) {
            report.fail("Facts", "HTTP 500");
        }
        assertFalse(report.anyLeft(), "every operation left out: the warm-up ends");
    }
}
