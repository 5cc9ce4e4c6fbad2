package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/**
 * The Reviews page in the real window at 1280 × 800: nothing cut on either tab or in the plan and complete dialogs;
 * the status, the title (with its ⚖ statutory mark) and the due date never cut, not even behind a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewsFitTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startAtWindowSize(stage, dir);
    }

    @Test
    void nothingIsCutOnEitherTabOrInItsDialogsAt1280x800(FxRobot robot) {
        FxTestSupport.waitForDashboard(robot);
        robot.interact(() -> window.navigate(Destination.home(Section.REVIEWS)));
        FxTestSupport.waitUntil(() -> !robot.lookup("#reviews-table").queryAs(TableView.class).getItems().isEmpty());
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            cut.addAll(CutText.under("list", stage.getScene().getRoot()));
            ReviewsTable table = robot.lookup("#reviews-table").queryAs(ReviewsTable.class);
            cut.addAll(UncutColumns.cutIn(table, table.statusColumn()));
            cut.addAll(UncutColumns.cutIn(table, table.policyColumn()));
            cut.addAll(UncutColumns.cutIn(table, table.dueColumn()));
        });
        robot.clickOn("#reviews-tab-terms");
        robot.interact(() -> cut.addAll(CutText.under("by term", stage.getScene().getRoot())));
        robot.clickOn(".tab:first-child");
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#reviews-table").queryAs(TableView.class);
            table.getSelectionModel().select(0);
        });
        cut.addAll(CutText.inDialog(robot, "#reviews-plan", "#plan-dialog", 20));
        cut.addAll(CutText.inDialog(robot, "#reviews-complete", "#complete-dialog", 20));
        assertThat(cut).as("text cut at 1280 × 800").isEmpty();
    }
}
