package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Dates;

/** A heat map cell in words, without a screen: who, which policy, and its state with its date. */
class CellWordsTest {

    @TempDir
    Path dir;

    @Test
    void eachStateSaysWhoWhichPolicyAndWhen() {
        MatrixModel m = MatrixModel.build(TestDemo.open(dir).compliance().calculator(TestDemo.AS_OF));
        int[] found = new int[5];
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.columns(); c++) {
                byte status = m.status(r, c);
                String words = CellWords.describe(m, r, c);
                assertThat(words).startsWith(m.staff(r).fullName() + " \u2014 " + m.policy(c).title() + ": ");
                switch (status) {
                    case MatrixModel.DONE -> {
                        assertThat(words).contains("acknowledged on "
                                + Dates.forPeople(m.obligation(r, c).orElseThrow().satisfiedBy().date()));
                        found[0]++;
                    }
                    case MatrixModel.DUE -> {
                        assertThat(words).contains("due by " + Dates.forPeople(m.obligation(r, c).orElseThrow().due()))
                                .contains("version " + m.obligation(r, c).orElseThrow().requiredVersion().label());
                        found[1]++;
                    }
                    case MatrixModel.OVERDUE -> {
                        assertThat(words).contains("OVERDUE since " + Dates.forPeople(m.obligation(r, c).orElseThrow().due()));
                        found[2]++;
                    }
                    case MatrixModel.NOT_IN_SCOPE -> {
                        assertThat(words).endsWith("not in scope");
                        found[3]++;
                    }
                    default -> found[4]++;
                }
            }
        }
        assertThat(found[0]).as("done cells in the demo").isPositive();
        assertThat(found[1]).as("due cells in the demo").isPositive();
        assertThat(found[2]).as("overdue cells in the demo").isPositive();
        assertThat(found[3]).as("cells out of scope in the demo").isPositive();
    }
}
