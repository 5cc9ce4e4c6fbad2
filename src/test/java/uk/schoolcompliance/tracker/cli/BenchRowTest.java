package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bench row of timed runs: the median of an odd or even number of runs, the fastest and the slowest. */
class BenchRowTest {

    @Test
    void anOddNumberOfRunsGivesTheMiddleOne() {
        BenchCommand.Row r = BenchCommand.Row.timed("x", new double[] {30, 10, 20}, "note");
        assertThat(r.medianMs()).isEqualTo(20);
        assertThat(r.minMs()).isEqualTo(10);
        assertThat(r.maxMs()).isEqualTo(30);
        assertThat(r.runs()).isEqualTo(3);
        assertThat(r.note()).isEqualTo("note");
    }

    @Test
    void anEvenNumberOfRunsGivesTheMeanOfTheMiddleTwo() {
        BenchCommand.Row r = BenchCommand.Row.timed("x", new double[] {40, 10, 30, 20}, "");
        assertThat(r.medianMs()).isEqualTo(25);
        assertThat(r.minMs()).isEqualTo(10);
        assertThat(r.maxMs()).isEqualTo(40);
    }

    @Test
    void oneRunIsItsOwnMedian() {
        BenchCommand.Row r = BenchCommand.Row.timed("x", new double[] {7.5}, "");
        assertThat(r.medianMs()).isEqualTo(7.5);
        assertThat(r.runs()).isEqualTo(1);
    }
}
