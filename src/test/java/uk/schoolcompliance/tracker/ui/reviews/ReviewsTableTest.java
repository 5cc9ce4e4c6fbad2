package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/**
 * The review table mounted on its own over the demo school: at the width a 1280-pixel window gives it, the status,
 * the title with its ⚖ mark and the due date are whole and the lowest-priority columns make way; wider, they return.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewsTableTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private ReviewsViewModel vm;
    private ReviewsTable table;
    private final List<ReviewService.Scheduled> completed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ReviewsViewModel(PaneMount.demo(dir));
        table = new ReviewsTable(vm, completed::add);
        PaneMount.show(stage, table, 800, 600); // a narrow window: lower columns make way
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void theTitleStatusAndDueDateAreWholeAndLowerColumnsMakeWay(FxRobot robot) {
        robot.interact(() -> {
            assertThat(table.getItems()).hasSize(vm.rows().size()).isNotEmpty();
            assertThat(CutText.under(table)).isEmpty();
            for (TableColumn<?, ?> c : List.of(table.statusColumn(), table.policyColumn(), table.dueColumn())) {
                assertThat(c.isVisible()).isTrue();
                assertThat(UncutColumns.cutIn(table, c)).isEmpty();
            }
            assertThat(table.getColumns().get(9).getText()).isEqualTo("Term");
            assertThat(table.getColumns().get(9).isVisible()).as("the term makes way first").isFalse();
            assertThat(table.getItems()).anyMatch(s -> ReviewsTable.title(s).endsWith("\u2696"));
        });
        long shown = table.getColumns().stream().filter(TableColumn::isVisible).count();
        robot.interact(() -> stage.setWidth(1280)); // the headless screen's width: never wider
        robot.interact(() -> {
            assertThat(table.getColumns().stream().filter(TableColumn::isVisible).count())
                    .as("a wider window shows more columns").isGreaterThan(shown);
            assertThat(CutText.under(table)).isEmpty();
        });
    }

    @Test
    void aDoubleClickCompletesThatReview(FxRobot robot) {
        ReviewService.Scheduled first = table.getItems().get(0);
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.isVisible() && r.getItem() == first).query();
        robot.doubleClickOn(row);
        assertThat(completed).containsExactly(first);
    }
}
