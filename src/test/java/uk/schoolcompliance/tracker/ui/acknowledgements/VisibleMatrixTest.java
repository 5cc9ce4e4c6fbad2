package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/** The heat map's rows and columns in view, on the demo school's matrix. */
class VisibleMatrixTest {

    @TempDir
    Path dir;

    @Test
    void beforeAMatrixNothingIsInViewThenTheFiltersChooseRowsAndColumns() {
        VisibleMatrix view = new VisibleMatrix();
        view.apply(MatrixModel.Filter.NONE);
        assertThat(view.rows().get()).isEmpty();
        assertThat(view.cols().get()).isEmpty();

        MatrixModel m = MatrixModel.build(TestDemo.open(dir).compliance().calculator(TestDemo.AS_OF));
        view.matrix().set(m);
        view.apply(MatrixModel.Filter.NONE);
        assertThat(view.rows().get()).hasSize(m.rows());
        assertThat(view.cols().get()).hasSize(m.columns());

        view.apply(new MatrixModel.Filter(StaffCategory.SUPPORT, null, null, false, ""));
        assertThat(view.rows().get()).isNotEmpty().hasSizeLessThan(m.rows());
        assertThat(Arrays.stream(view.rows().get()).mapToObj(m::staff))
                .allMatch(s -> s.category() == StaffCategory.SUPPORT);

        Policy one = m.policies().get(0);
        view.apply(new MatrixModel.Filter(null, null, one, false, ""));
        assertThat(view.cols().get()).containsExactly(0);
    }
}
