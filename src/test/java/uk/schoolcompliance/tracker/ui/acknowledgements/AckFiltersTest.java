package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/** The page's shared filters: what they hold, that every change refilters, and that clearing shows everything. */
class AckFiltersTest {

    private static final Policy CONDUCT = new Policy(10, null, "Staff Code of Conduct", null, "HR", false, null, null, 12,
            null, 14, null, PolicyStatus.ACTIVE, Set.of(StaffCategory.TEACHER));

    @Test
    void eachChangeRefiltersOnceAndTheFilterSaysWhatIsChosen() {
        int[] runs = {0};
        AckFilters filters = new AckFilters(() -> runs[0]++);
        assertThat(filters.filter()).isEqualTo(MatrixModel.Filter.NONE);

        filters.category().set(StaffCategory.SUPPORT);
        filters.area().set("HR");
        filters.policy().set(CONDUCT);
        filters.overdueOnly().set(true);
        filters.name().set("smith");

        assertThat(runs[0]).isEqualTo(5);
        assertThat(filters.filter()).isEqualTo(new MatrixModel.Filter(StaffCategory.SUPPORT, "HR", CONDUCT, true, "smith"));
        filters.name().set("smith");
        assertThat(runs[0]).as("the same value again is no change").isEqualTo(5);
    }

    @Test
    void clearingShowsEverythingAndRefiltersOnlyForWhatWasSet() {
        int[] runs = {0};
        AckFilters filters = new AckFilters(() -> runs[0]++);
        filters.clear();
        assertThat(runs[0]).as("nothing set: nothing to refilter").isZero();

        filters.category().set(StaffCategory.TEACHER);
        filters.overdueOnly().set(true);
        runs[0] = 0;
        filters.clear();
        assertThat(runs[0]).isEqualTo(2);
        assertThat(filters.filter()).isEqualTo(MatrixModel.Filter.NONE);
    }
}
