package uk.schoolcompliance.tracker.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutCells;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.policies.ScreenshotsAccess;

/**
 * The staff register in the real window at 1280 × 800 (the usual school office laptop): nothing is cut with nobody
 * chosen, nor once the person with the longest e-mail address has their page open beside the table; names and
 * statuses are never cut, not even with a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class StaffPageFitTest {

    private static final List<String> NEVER_CUT = List.of("staff-col-name", "staff-col-status", "staff-col-start");

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxTestSupport.startOnDemo(stage, dir);
    }

    @SuppressWarnings("unchecked")
    private static TableView<StaffViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#staff-table").queryAs(TableView.class);
    }

    /** Nothing cut in the window, the page inside it, names and statuses whole, no column out of sight. */
    private void fits(FxRobot robot) {
        robot.interact(() -> assertThat(CutCells.onPage(robot.lookup(".staff-page").query(), table(robot), NEVER_CUT,
                List.of("#staff-table", "#staff-detail-acks"))).isEmpty());
    }

    @Test
    void nothingIsCutAt1280x800WithOrWithoutAPersonChosen(FxRobot robot) {
        FxTestSupport.waitForDashboard(robot);
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        robot.clickOn("#nav-staff");
        FxTestSupport.waitUntil(() -> !table(robot).getItems().isEmpty());
        assertThat(robot.lookup("#staff-detail").tryQuery()).as("no page until someone is chosen").isEmpty();
        fits(robot);
        ScreenshotsAccess.take(stage.getScene(), "staff-1280");

        StaffViewModel.Row longest = table(robot).getItems().stream().filter(r -> r.staff().email() != null)
                .max(java.util.Comparator.comparingInt(r -> r.staff().email().length())).orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().select(longest);
            table(robot).scrollTo(longest);
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-detail-name").tryQuery().isPresent());
        fits(robot);
        ScreenshotsAccess.take(stage.getScene(), "staff-detail-1280");
    }
}
