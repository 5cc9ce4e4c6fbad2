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

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
        window = FxTestSupport.startOnDemo(stage, dir);
        stage.sizeToScene(); // the window at 1280 × 800, whatever size an earlier test class left the shared stage
    }

    @Test
    void nothingIsCutOnEitherTabOrInItsDialogsAt1280x800(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.interact(() -> window.navigate(Destination.home(Section.REVIEWS)));
        FxTestSupport.waitUntil(() -> !robot.lookup("#reviews-table").queryAs(TableView.class).getItems().isEmpty());
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add("list " + c));
            ReviewsTable table = robot.lookup("#reviews-table").queryAs(ReviewsTable.class);
            cut.addAll(UncutColumns.cutIn(table, table.statusColumn()));
            cut.addAll(UncutColumns.cutIn(table, table.policyColumn()));
            cut.addAll(UncutColumns.cutIn(table, table.dueColumn()));
        });
        robot.clickOn("#reviews-tab-terms");
        robot.interact(() -> CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add("by term " + c)));
        robot.clickOn(".tab:first-child");
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#reviews-table").queryAs(TableView.class);
            table.getSelectionModel().select(0);
        });
        cut.addAll(dialog(robot, "#reviews-plan", "#plan-dialog"));
        cut.addAll(dialog(robot, "#reviews-complete", "#complete-dialog"));
        assertThat(cut).as("text cut at 1280 × 800").isEmpty();
    }

    private List<String> dialog(FxRobot robot, String button, String pane) {
        robot.clickOn(button);
        FxTestSupport.waitUntil(() -> robot.lookup(pane).tryQuery().isPresent());
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            Node root = robot.lookup(pane).query().getScene().getRoot();
            CutText.under(root).forEach(c -> cut.add(button + " dialog " + c));
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> robot.lookup(pane).tryQuery().isEmpty());
        return cut;
    }
}
